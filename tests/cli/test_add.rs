use crate::support::TestBook;

#[test]
fn makes_ids_from_latvian_czech_and_serbian_names() {
    let book = TestBook::new();
    assert_eq!(book.run(&["add", "Ēriks Ozoliņš"]), "eriks-ozolins\n");
    assert_eq!(book.run(&["add", "Јована Петровић"]), "jovana-petrovic\n");
    assert_eq!(book.run(&["add", "Jiří Dvořák"]), "jiri-dvorak\n");
    assert_eq!(book.run(&["add", "Ēriks Ozoliņš"]), "eriks-ozolins-2\n");
    assert!(
        book.customer("jovana-petrovic")
            .starts_with("name = \"Јована Петровић\"\n")
    );
}
