# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

operator-unavailable = Bu bot orqali odam bilan gaplashish hali ishlamaydi. Migratsiya agentligi bilan bogʻlanish uchun asosiy menyuda «Yordam: kontaktlar» boʻlimini oching.
