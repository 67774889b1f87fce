# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

offer-unavailable =
    Ish takliflarini avtomatik tekshirish bu botda hali tayyor emas.

    Hozircha asosiy menyuda «Soxta ish taklifi belgilari» boʻlimini oching va taklifni oʻzingiz solishtiring.

    Hech qachon ish uchun pul toʻlamang va pasportingizni hech kimga bermang.
