# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

countries-list = Davlatni tanlang.
countries-btn-russia = 🇷🇺 Rossiya
countries-btn-korea = 🇰🇷 Janubiy Koreya
countries-btn-uk = 🇬🇧 Buyuk Britaniya

# Sources: see the `russia` node in dialogues/countries.yaml and domain-brief §3.
countries-russia =
    <b>Rossiya: asosiy qoidalar</b>

    • Rossiyaga kirgandan keyin 15 kun ichida roʻyxatdan oʻting (registratsiya). Oʻzbekiston fuqarolari uchun bu 2022-yildan beri amalda boʻlgan kelishuvga koʻra.
    • Kirgandan keyin 30 kalendar kun ichida ishlash uchun patentga hujjat topshiring. Kechiksangiz, jarima: 10 000–15 000 rubl.
    • Kirgandan keyin 30 kun ichida tibbiy koʻrikdan oʻting va barmoq izlarini topshiring.
    • 2025-yil 1-yanvardan boshlab patentingiz ham, ishingiz ham boʻlmasa, Rossiyada bir kalendar yilda 90 kundan koʻp qolish mumkin emas.

countries-korea =
    <b>Janubiy Koreya: EPS dasturi</b>

    • Bu ikki davlat hukumatlari oʻrtasidagi dastur. Ishga Migratsiya agentligi orqali olinadi.
    • 18 yoshdan 39 yoshgacha boʻlishingiz va sudlanmagan boʻlishingiz kerak.
    • EPS-TOPIK til imtihonini va kasb koʻnikmalari imtihonini topshirish kerak. Sanalarni Agentlik eʼlon qiladi.
    • Imtihondan oʻtish ishga joylashishni kafolatlamaydi.
    • Ish vizasi — E-9.

    «Imtihondan oʻtkazib beraman» deb pul olgan har qanday odam — firibgar.

countries-uk =
    <b>Buyuk Britaniya: mavsumiy ish</b>

    • Seasonal Worker vizasi — 6 oygacha.
    • Faqat litsenziyasi bor dastur operatorlari orqali.
    • Baʼzi agentlar ishchilardan noqonuniy ravishda 3000 funt sterlingdan (£3000) koʻp pul oladi. Qoidabuzarlik uchun baʼzi operatorlarning litsenziyasi bekor qilingan.
    • Vositachilarga pul toʻlamang.
    • Operatorni Migratsiya agentligi orqali tekshiring.
