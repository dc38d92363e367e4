# Messages on stderr: errors, warnings and notes of import/export and the commands.

## Ставке купца одређене адресом (послови, захтеви подршке): $what је `deal` или `case`.
entry-ambiguous = { $address } се односи на { $count } { $what ->
    [deal] { $count ->
        [one] посао
        [few] посла
       *[other] послова
    }
   *[case] { $count ->
        [one] захтев подршке
       *[other] захтева подршке
    }
}
entry-ambiguous-hint = то су: { $entries }; исправите фајл са `rapport edit { $id }`
entry-several-open = { $id } има { $count } { $what ->
    [deal] { $count ->
        [one] отворен посао
        [few] отворена посла
       *[other] отворених послова
    }
   *[case] { $count ->
        [one] отворен захтев подршке
        [few] отворена захтева подршке
       *[other] отворених захтева подршке
    }
}; наведите који
entry-one-of = један од: { $entries }
entry-no-such = { $id } нема { $what ->
    [deal] посао
   *[case] захтев подршке
} `{ $wanted }`
entry-none-open = { $id } нема отворен { $what ->
    [deal] посао
   *[case] захтев подршке
}
entry-none-at-all = { $id } нема ниједан { $what ->
    [deal] посао
   *[case] захтев подршке
}
entry-its = његови { $what ->
    [deal] послови
   *[case] захтеви подршке
}: { $entries }
entry-did-you-mean-its = да ли сте мислили { $address }? његови { $what ->
    [deal] послови
   *[case] захтеви подршке
}: { $entries }

## Шта је измена променила: $field је назив поља.
change-removed = { $field } уклоњено

## deal
deal-stage-did-you-mean = да ли сте мислили `{ $near }`? (фазе послова: { $stages })
deal-stages-add = фазе послова: { $stages }; ако је фаза нова, додајте је у deal_stages у rapport.toml
deal-not-a-stage = `{ $stage }` није фаза посла у овој књизи
deal-empty-title = назив посла не може бити празан
deal-no-stages = књига нема deal_stages; наведите фазу са --stage
deal-expected-before-opened = --expected је пре отварања посла ({ $opened })
deal-title-no-key = назив `{ $title }` нема ниједно слово ни цифру од којих би се направио кључ посла
deal-title-no-key-hint = дајте му назив који каже шта се продаје: `rapport deal add ID 'Website redesign'`
deal-added = { $address }: додат посао „{ $title }“ ({ $stage })
deal-added-value = { $address }: додат посао „{ $title }“ ({ $stage }, { $value })
deal-was-closed = { $address } је затворен као { $stage }
deal-was-closed-on = { $address } је затворен као { $stage } { $day }
deal-reopen-hint = да бисте померили затворен посао, додајте --reopen: `{ $command }`
deal-date-before-opened = --date: { $day } је пре отварања { $address } ({ $opened })
deal-already = { $address } је већ { $stage }; ништа није промењено
