# Messages on stderr: errors, warnings and notes of import/export and the commands.

## Ieraksti, ko nosaka adrese (darījumi, atbalsta pieteikumi): $what ir `deal` vai `case`.
entry-ambiguous = { $address } atbilst { $count } { $what ->
    [deal] { $count ->
        [one] darījumam
       *[other] darījumiem
    }
   *[case] { $count ->
        [one] atbalsta pieteikumam
       *[other] atbalsta pieteikumiem
    }
}
entry-ambiguous-hint = tie ir: { $entries }; izlabojiet failu ar `rapport edit { $id }`
entry-several-open = { $id } ir { $count } { $what ->
    [deal] { $count ->
        [one] atvērts darījums
       *[other] atvērti darījumi
    }
   *[case] { $count ->
        [one] atvērts atbalsta pieteikums
       *[other] atvērti atbalsta pieteikumi
    }
}; norādiet, kuru
entry-one-of = viens no: { $entries }
entry-no-such = { $id } nav { $what ->
    [deal] darījuma
   *[case] atbalsta pieteikuma
} `{ $wanted }`
entry-none-open = { $id } nav atvērta { $what ->
    [deal] darījuma
   *[case] atbalsta pieteikuma
}
entry-none-at-all = { $id } nav neviena { $what ->
    [deal] darījuma
   *[case] atbalsta pieteikuma
}
entry-its = tā { $what ->
    [deal] darījumi
   *[case] atbalsta pieteikumi
}: { $entries }
entry-did-you-mean-its = vai domājāt { $address }? tā { $what ->
    [deal] darījumi
   *[case] atbalsta pieteikumi
}: { $entries }

## Ko labojums mainīja: $field ir lauka nosaukums.
change-removed = { $field } noņemts

## deal
deal-stage-did-you-mean = vai domājāt `{ $near }`? (darījumu posmi: { $stages })
deal-stages-add = darījumu posmi: { $stages }; ja posms ir jauns, pievienojiet to deal_stages failā rapport.toml
deal-not-a-stage = `{ $stage }` nav šīs grāmatas darījuma posms
deal-empty-title = darījuma nosaukums nedrīkst būt tukšs
deal-no-stages = grāmatā nav deal_stages; norādiet posmu ar --stage
deal-expected-before-opened = --expected ir pirms darījuma atvēršanas ({ $opened })
deal-title-no-key = nosaukumā `{ $title }` nav neviena burta vai cipara, no kā veidot darījuma atslēgu
deal-title-no-key-hint = dodiet nosaukumu, kas saka, kas tiek pārdots: `rapport deal add ID 'Website redesign'`
deal-added = { $address }: pievienots darījums “{ $title }” ({ $stage })
deal-added-value = { $address }: pievienots darījums “{ $title }” ({ $stage }, { $value })
deal-was-closed = { $address } ir slēgts kā { $stage }
deal-was-closed-on = { $address } ir slēgts kā { $stage } { $day }
deal-reopen-hint = lai pārvietotu slēgtu darījumu, norādiet --reopen: `{ $command }`
deal-date-before-opened = --date: { $day } ir pirms { $address } atvēršanas ({ $opened })
deal-already = { $address } jau ir { $stage }; nekas nav mainīts
