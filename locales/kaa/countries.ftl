# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

countries-list = Mámleketti saylań.
countries-btn-russia = 🇷🇺 Rossiya
countries-btn-korea = 🇰🇷 Qubla Koreya
countries-btn-uk = 🇬🇧 Ullı Britaniya

# Sources: see the `russia` node in dialogues/countries.yaml and domain-brief §3.
countries-russia =
    <b>Rossiya: tiykarǵı qaǵıydalar</b>

    • Rossiyaǵa kirgennen keyin 15 kún ishinde dizimnen ótiń (registraciya). Ózbekstan puqaraları ushın bul 2022-jıldan beri kúshte bolǵan kelisim boyınsha.
    • Kirgennen keyin 30 kalendar kún ishinde islew ushın patentke hújjet tapsırıń. Keshikseńiz, járiyma: 10 000–15 000 rubl.
    • Kirgennen keyin 30 kún ishinde medicinalıq kórikten ótiń hám barmaq izlerin tapsırıń.
    • 2025-jıl 1-yanvardan baslap patentińiz de, jumısıńız da bolmasa, Rossiyada bir kalendar jılda 90 kúnnen artıq turıwǵa bolmaydı.

countries-korea =
    <b>Qubla Koreya: EPS baǵdarlaması</b>

    • Bul eki mámleket húkimetleri arasındaǵı baǵdarlama. Jumısqa Migraciya agentligi arqalı alınadı.
    • 18 jastan 39 jasqa shekem bolıwıńız hám sudlanbaǵan bolıwıńız kerek.
    • EPS-TOPIK til imtixanın hám kásiplik kónlikpeler imtixanın tapsırıw kerek. Sánelerin Agentlik daǵazalaydı.
    • Imtixannan ótiw jumısqa ornalasıwǵa kepillik bermeydi.
    • Jumıs vizası — E-9.

    «Imtixannan ótkerip beremen» dep pul alǵan hár qanday adam — aldawshı.

countries-uk =
    <b>Ullı Britaniya: máwsimlik jumıs</b>

    • Seasonal Worker vizası — 6 ayǵa shekem.
    • Tek licenziyası bar baǵdarlama operatorları arqalı.
    • Ayırım agentler jumısshılardan nızamsız túrde 3000 funt sterling (£3000) hám onnan da kóp pul aladı. Buzıwshılıqlar ushın ayırım operatorlardıń licenziyası biykar etilgen.
    • Aradaǵı adamlarǵa pul tólemeń.
    • Operatordı Migraciya agentligi arqalı tekseriń.
