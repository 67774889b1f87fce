# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda
# Snippets: short prepared answers operators send with `/snip NAME` (the message id is the
# name). The same names in uz, ru and kaa. No facts here (numbers, handles, web addresses):
# `safar check` refuses them, because a snippet has no source.

wait = Rahmat, xabaringizni oldik. Operator koʻrib chiqmoqda va tez orada javob beradi — iltimos, bu chatni yopmang.
contract-photo = Iltimos, shartnoma yoki ish beruvchi bilan yozishmaning suratini yuboring. Unda boshqa odamlarning shaxsiy maʼlumotlari koʻrinsa, ularni yopib qoʻying.
keep-passport = Pasportingizni hech kimga — na ish beruvchiga, na vositachiga — bermang. Ish beruvchi hujjatlaringizni olib qoʻyishga haqli emas. Pasport nusxasini aslidan alohida saqlang.
no-fee = Halol ish beruvchi ishga olish va rasmiylashtirish xarajatlarini oʻzi toʻlaydi. Ish uchun oldindan pul soʻrashsa, bu aldov belgisi: pul toʻlamang va oʻtkazmang.
safe-now = Hozir xavfsiz joydamisiz? Sizga tahdid qilishsa yoki chiqarishmasa, avval oʻsha davlatning favqulodda raqamiga qoʻngʻiroq qiling, keyin bizga yozing.
where-now = Hozir qaysi davlat va qaysi shahardasiz? Shunda yaqiningizda kim yordam bera olishini topamiz.
