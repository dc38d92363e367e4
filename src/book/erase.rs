//! Erasure (`rapport forget`): the anonymous record that keeps a forgotten
//! customer's figures for reports, and nothing that identifies them.

use crate::model::fields::{NAME, STAGE};
use crate::model::{Customer, Interaction, When};

use super::document::CustomerDoc;
use toml_edit::Value;

/// Returns the text of the anonymous record of `customer`, named `name`:
/// the lifecycle stage (so counts of active customers stay right) and,
/// of each purchase, only its day and amount. Everything else — contact
/// details, address, notes, summaries, references (an invoice number leads
/// back to the person), times of day — is left out.
pub fn anonymous_record(customer: &Customer, name: &str) -> String {
    let mut doc = CustomerDoc::new();
    doc.set(&[NAME.path], Value::from(name));
    if let Some(stage) = &customer.stage {
        doc.set(&[STAGE.path], Value::from(stage.as_str()));
    }
    let mut purchases: Vec<&Interaction> = customer
        .interactions
        .iter()
        .filter(|i| i.is_purchase() && i.amount.is_some())
        .collect();
    purchases.sort_by_key(|i| i.date.moment());
    for p in purchases {
        let mut kept = Interaction::new(When::Date(p.date.date()), "purchase");
        kept.amount = p.amount;
        doc.append_interaction(&kept);
    }
    doc.render()
}

/// Returns the number of purchases an anonymous record keeps.
pub fn purchases_kept(customer: &Customer) -> usize {
    customer
        .interactions
        .iter()
        .filter(|i| i.is_purchase() && i.amount.is_some())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse::parse_customer;

    #[test]
    fn keeps_the_stage_and_the_days_and_amounts_of_purchases_only() {
        let text = "name = \"Ēriks Ozoliņš\"\nstage = \"customer\"\nemail = \"eriks@example.lv\"\n\n[address]\ncity = \"Rīga\"\n\n[[interactions]]\ndate = 2026-03-01T10:30:00\nkind = \"purchase\"\namount = 1500.00\nsummary = \"First order for Ēriks\"\nref = \"INV-1\"\n\n[[interactions]]\ndate = 2026-01-05\nkind = \"call\"\nsummary = \"Called Ēriks\"\n\n[[interactions]]\ndate = 2026-02-01\nkind = \"purchase\"\namount = -20.50\n";
        let customer = parse_customer(text, "x.toml".as_ref(), None)
            .customer
            .unwrap();
        assert_eq!(
            anonymous_record(&customer, "Anonymous 0a1b2c3d"),
            "name = \"Anonymous 0a1b2c3d\"\nstage = \"customer\"\n\n[[interactions]]\ndate = 2026-02-01\nkind = \"purchase\"\namount = -20.50\n\n[[interactions]]\ndate = 2026-03-01\nkind = \"purchase\"\namount = 1500.00\n"
        );
        assert_eq!(purchases_kept(&customer), 2);
    }
}
