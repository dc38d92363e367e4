# Messages on stderr: errors, warnings and notes of import/export and the commands.

## Záznamy zákazníka určené adresou (obchody, požadavky podpory): $what je `deal` nebo `case`.
entry-ambiguous = { $address } odpovídá { $count } { $what ->
    [deal] { $count ->
        [one] obchodu
       *[other] obchodům
    }
   *[case] { $count ->
        [one] požadavku podpory
       *[other] požadavkům podpory
    }
}
entry-ambiguous-hint = jsou to: { $entries }; opravte soubor pomocí `rapport edit { $id }`
entry-several-open = { $id } má { $count } { $what ->
    [deal] { $count ->
        [one] otevřený obchod
        [few] otevřené obchody
       *[other] otevřených obchodů
    }
   *[case] { $count ->
        [one] otevřený požadavek podpory
        [few] otevřené požadavky podpory
       *[other] otevřených požadavků podpory
    }
}; upřesněte který
entry-one-of = jeden z: { $entries }
entry-no-such = { $id } nemá { $what ->
    [deal] obchod
   *[case] požadavek podpory
} `{ $wanted }`
entry-none-open = { $id } nemá žádný otevřený { $what ->
    [deal] obchod
   *[case] požadavek podpory
}
entry-none-at-all = { $id } nemá vůbec žádný { $what ->
    [deal] obchod
   *[case] požadavek podpory
}
entry-its = jeho { $what ->
    [deal] obchody
   *[case] požadavky podpory
}: { $entries }
entry-did-you-mean-its = mysleli jste { $address }? jeho { $what ->
    [deal] obchody
   *[case] požadavky podpory
}: { $entries }

## Co úprava změnila: $field je název pole.
change-removed = { $field } odstraněno

## deal
deal-stage-did-you-mean = mysleli jste `{ $near }`? (fáze obchodů: { $stages })
deal-stages-add = fáze obchodů: { $stages }; pokud je fáze nová, přidejte ji do deal_stages v rapport.toml
deal-not-a-stage = `{ $stage }` není fáze obchodu v této knize
deal-empty-title = název obchodu nesmí být prázdný
deal-no-stages = kniha nemá deal_stages; zadejte fázi pomocí --stage
deal-expected-before-opened = --expected je před otevřením obchodu ({ $opened })
deal-title-no-key = název `{ $title }` neobsahuje žádné písmeno ani číslici, z nichž by šel vytvořit klíč obchodu
deal-title-no-key-hint = dejte mu název, který říká, co se prodává: `rapport deal add ID 'Website redesign'`
deal-added = { $address }: přidán obchod „{ $title }“ ({ $stage })
deal-added-value = { $address }: přidán obchod „{ $title }“ ({ $stage }, { $value })
deal-was-closed = { $address } je uzavřen jako { $stage }
deal-was-closed-on = { $address } je uzavřen jako { $stage } dne { $day }
deal-reopen-hint = uzavřený obchod přesunete s --reopen: `{ $command }`
deal-date-before-opened = --date: { $day } je před otevřením { $address } ({ $opened })
deal-already = { $address } už je { $stage }; nic se nezměnilo
