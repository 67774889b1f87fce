# Review status: drafted, awaiting native-speaker review
# Snippets: short prepared answers operators send with `/snip NAME` (the message id is the
# name). The same names in uz, ru and kaa. No facts here (numbers, handles, web addresses):
# `safar check` refuses them, because a snippet has no source. Send a page with facts with
# /send, an organisation's contact with /refer.

wait = Спасибо, мы получили ваше сообщение. Оператор разбирается и скоро ответит — пожалуйста, не закрывайте этот чат.
contract-photo = Пришлите, пожалуйста, фото договора или переписки с работодателем. Если на нём видны чужие личные данные, прикройте их.
keep-passport = Не отдавайте свой паспорт никому — ни работодателю, ни посреднику. Работодатель не вправе забирать ваши документы. Держите копию паспорта отдельно от оригинала.
no-fee = Честный работодатель сам оплачивает подбор и оформление. Если за работу просят деньги вперёд, это признак обмана: не платите и не переводите деньги.
safe-now = Вы сейчас в безопасности? Если вам угрожают или вас не выпускают, сначала звоните на местный экстренный номер, потом напишите нам.
where-now = В какой стране и каком городе вы сейчас? Так мы найдём, кто сможет помочь рядом с вами.
