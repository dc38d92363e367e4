# Messages on stderr: errors, warnings and notes of import/export and the commands.

## Entries of a customer named by an address (deals, support cases):
## $what is `deal` or `case`.
entry-ambiguous = { $address } names { $count } { $what ->
    [deal] deals
   *[case] support cases
}
entry-ambiguous-hint = they are: { $entries }; fix the file with `rapport edit { $id }`
entry-several-open = { $id } has { $count } open { $what ->
    [deal] deals
   *[case] support cases
}; say which
entry-one-of = one of: { $entries }
entry-no-such = { $id } has no { $what ->
    [deal] deal
   *[case] support case
} `{ $wanted }`
entry-none-open = { $id } has no open { $what ->
    [deal] deal
   *[case] support case
}
entry-none-at-all = { $id } has no { $what ->
    [deal] deal
   *[case] support case
} at all
entry-its = its { $what ->
    [deal] deals
   *[case] support cases
}: { $entries }
entry-did-you-mean-its = did you mean { $address }? its { $what ->
    [deal] deals
   *[case] support cases
}: { $entries }

## What an edit changed, in the line that says so: $field is a field name.
change-removed = { $field } removed

## deal
deal-stage-did-you-mean = did you mean `{ $near }`? (deal stages: { $stages })
deal-stages-add = deal stages: { $stages }; add it to deal_stages in rapport.toml if it is new
deal-not-a-stage = `{ $stage }` is not a deal stage of this book
deal-empty-title = the deal's title cannot be empty
deal-no-stages = the book has no deal_stages; give the stage with --stage
deal-expected-before-opened = --expected is before the deal is opened ({ $opened })
deal-title-no-key = the title `{ $title }` has no letter or digit to make the deal's key from
deal-title-no-key-hint = give it a title that says what is sold: `rapport deal add ID 'Website redesign'`
deal-added = { $address }: added deal “{ $title }” ({ $stage })
deal-added-value = { $address }: added deal “{ $title }” ({ $stage }, { $value })
deal-was-closed = { $address } was { $stage }
deal-was-closed-on = { $address } was { $stage } on { $day }
deal-reopen-hint = to move a closed deal, pass --reopen: `{ $command }`
deal-date-before-opened = --date: { $day } is before { $address } was opened ({ $opened })
deal-already = { $address } is { $stage } already; nothing changed
