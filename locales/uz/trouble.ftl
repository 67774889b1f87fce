# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

trouble-btn-steps = 🚶 Hozir nima qilish kerak
trouble-btn-passport = 🛂 Pasportimni olib qoʻyishdi
trouble-btn-unpaid = 💰 Maosh berishmayapti
trouble-btn-scammed = 💸 Pul toʻladim, meni aldashdi
trouble-btn-back = ⬅️ Boshqa vaziyat

trouble-start =
    <b>Hozir muammoga duch keldingizmi?</b>

    Siz yolgʻiz emassiz. Avvalo oʻz xavfsizligingizni oʻylang.

    Odam bilan gaplashish uchun birinchi tugmani bosing. Yoki vaziyatingizni tanlang.

trouble-steps =
    <b>Hozir nima qilish kerak</b>

    • Xavfsiz joyga chiqing, imkoni boʻlsa — odamlar koʻp joyga.
    • Telefoningizni quvvatlang. Oilangizga qayerdaligingizni yozing.
    • Ish beruvchi va vositachining ismi, telefoni va manzilini yozib oling.
    • Tushunmagan qogʻozga imzo chekmang, boshqa pul bermang.
    • Migratsiya agentligiga yoki Oʻzbekiston konsulligiga murojaat qiling (pastdagi «Yordam: kontaktlar» tugmasi).

# Source: respect.international (ILO, 2012: retention of identity documents);
# fergana.media/news/145041 (406 migrants got their documents back in 2025).
trouble-passport =
    <b>Pasportingizni olib qoʻyishdimi?</b>

    Hujjatlarni olib qoʻyish — majburiy mehnat belgisi. Ish beruvchi pasportingizni olib qolmasligi kerak.

    • Pasportingizni xotirjam qaytarib soʻrang.
    • Pasport nusxasi yoki surati boʻlsa, saqlang.
    • Migratsiya agentligiga yoki Oʻzbekiston konsulligiga murojaat qiling.

    2025-yilda 406 nafar muhojir hujjatlarini ish beruvchi va vositachilardan qaytarib olgan.

# Source: respect.international (ILO, 2012: withholding of wages);
# fergana.media/news/145041 ($1.9 million in unpaid wages recovered by the Agency in 2025).
trouble-unpaid =
    <b>Maosh berishmayaptimi?</b>

    Maoshni ushlab qolish — majburiy mehnat belgisi.

    • Ishlagan kunlaringiz va soatlaringizni yozib boring.
    • Shartnoma, xabarlar va pul oʻtkazmalarini saqlang.
    • Migratsiya agentligiga murojaat qiling. 2025-yilda Agentlik muhojirlarning 1,9 million dollarlik toʻlanmagan maoshini undirib bergan.

# Source: tashkenttimes.uz/national/13914 (the Agency licenses and inspects agencies).
trouble-scammed =
    <b>Pul toʻlab, aldandingizmi?</b>

    • Boshqa pul toʻlamang — «yana ozgina qoldi» deyishsa ham.
    • Hamma dalilni saqlang: chek, pul oʻtkazmasi, yozishmalar, telefon raqamlari, eʼlon.
    • Migratsiya agentligiga xabar bering: u agentliklarga litsenziya beradi va ularni tekshiradi.
    • Boshqalarni ham ogohlantiring.

trouble-btn-emergency = 🆘 Hozir turgan davlatimning favqulodda raqamlari
trouble-btn-safety = 📵 Telefon xavfsizligi

# No facts: how Telegram and Safar's own /forget behave.
trouble-safety =
    <b>Telefon xavfsizligi</b>

    • Bu chatni telefoningiz qoʻliga tushgan odam oʻqishi mumkin. Agar bu xavfli boʻlsa, suhbatdan keyin chatni oʻchiring: Telegramdagi chatlar roʻyxatida shu chatni barmogʻingiz bilan bosib turing va «Oʻchirish»ni tanlang.
    • /forget buyrugʻi Safar siz haqingizda saqlagan maʼlumotlarni oʻchiradi, lekin telefoningizdagi bu chatni oʻchirmaydi: uni oʻzingiz oʻchiring.
    • Hozir turgan davlatingizning favqulodda raqamini qogʻozga yozib qoʻying yoki yodlab oling (pastdagi tugma).
