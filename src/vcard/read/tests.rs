//! Reading cards as phones and address books write them.

use super::*;

/// Returns the cards of `text`, or the problems by line.
fn read(text: &str) -> std::result::Result<Vec<Card>, Vec<(u64, String)>> {
    let mut cards = Vec::new();
    let problems = split(text, |start, t| read_card(start, t).map(|c| cards.push(c)));
    if problems.is_empty() {
        Ok(cards)
    } else {
        Err(problems)
    }
}

#[test]
fn reads_a_4_0_card_with_folded_lines_and_several_emails() {
    let cards = read(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:anna-berzina\r\nKIND:individual\r\nFN:Anna Bēr\r\n ziņa\r\nN:Bērziņa;Anna;;;\r\nEMAIL;TYPE=work:anna@work.example\r\nEMAIL;PREF=1:anna@home.example\r\nTEL;VALUE=uri:tel:+371-2612-3456\r\nORG:Ozoliņš SIA;Sales\r\nTITLE:Head of sales\r\nNOTE:Met at Riga Comm\\, 2024\\nLikes tea\r\nADR;TYPE=work:;Floor 3;Brīvības iela 1;Rīga;;LV-1010;Latvia\r\nCATEGORIES:vip,b2b\r\nURL:https://ozolins.example\r\nEND:VCARD\r\n",
    )
    .unwrap();
    assert_eq!(cards.len(), 1);
    let c = &cards[0];
    assert_eq!(c.line, 1);
    assert_eq!(c.name, "Anna Bērziņa");
    assert_eq!(c.uid.as_deref(), Some("anna-berzina"));
    assert_eq!(c.kind, Some(Kind::Person));
    assert_eq!(c.emails, ["anna@home.example", "anna@work.example"]);
    assert_eq!(c.phones, ["+371-2612-3456"]);
    assert_eq!(c.org.as_deref(), Some("Ozoliņš SIA"));
    assert_eq!(c.title.as_deref(), Some("Head of sales"));
    assert_eq!(c.note.as_deref(), Some("Met at Riga Comm, 2024\nLikes tea"));
    assert_eq!(
        c.address.street.as_deref(),
        Some("Brīvības iela 1, Floor 3")
    );
    assert_eq!(c.address.city.as_deref(), Some("Rīga"));
    assert_eq!(c.address.postcode.as_deref(), Some("LV-1010"));
    assert_eq!(c.address.country.as_deref(), Some("Latvia"));
    assert_eq!(c.categories, ["vip", "b2b"]);
    assert_eq!(c.url.as_deref(), Some("https://ozolins.example"));
}

#[test]
fn reads_3_0_and_2_1_cards_with_quoted_printable_and_charsets() {
    let text = "BEGIN:VCARD\nVERSION:3.0\nN:Petrović;Jovana;;;\nFN:Jovana Petrović\nTEL;TYPE=CELL:+381 64 123 4567\nTEL;TYPE=WORK,pref:+381 11 765 4321\nEMAIL;TYPE=INTERNET:jovana@example.rs\nEND:VCARD\n\
BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ozoli=C5=86=C5=A1;=C4=92riks;;;\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C4=92riks Ozoli=C5=86=C5=A1\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=windows-1257:Br=EEv=EEbas iela, =\nR=EEga\nEND:VCARD\n\
BEGIN:VCARD\nVERSION:3.0\nN:Dvořák;Jiří;;;\nEND:VCARD\n";
    let cards = read(text).unwrap();
    assert_eq!(cards.len(), 3);
    assert_eq!(cards[0].name, "Jovana Petrović");
    assert_eq!(cards[0].phones, ["+381 11 765 4321", "+381 64 123 4567"]);
    assert_eq!(cards[1].line, 9);
    assert_eq!(cards[1].name, "Ēriks Ozoliņš");
    assert_eq!(cards[1].note.as_deref(), Some("Brīvības iela, Rīga"));
    // No FN: the name N gives, given name first.
    assert_eq!(cards[2].name, "Jiří Dvořák");
}

#[test]
fn a_card_without_a_name_a_card_cut_short_and_binary_data_are_told_by_line() {
    let problems = read("BEGIN:VCARD\nVERSION:4.0\nEMAIL:x@example.com\nEND:VCARD\n\nBEGIN:VCARD\nVERSION:4.0\nFN:Cut\n").unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!(problems[0].0, 1);
    assert!(problems[0].1.contains("no name"), "{problems:?}");
    assert_eq!(problems[1].0, 6);
    assert!(problems[1].1.contains("no END:VCARD"), "{problems:?}");

    let problems = read("BEGIN:VCARD\nFN:A\n\u{1}\u{2}PK\u{3}\nEND:VCARD\n").unwrap_err();
    assert_eq!(problems[0].0, 3);
    assert!(problems[0].1.contains("binary"), "{problems:?}");

    let problems = read("hello\nworld\nBEGIN:VCARD\nFN:A\nEND:VCARD\nEND:VCARD\n").unwrap_err();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert_eq!((problems[0].0, problems[1].0), (1, 6));
}
