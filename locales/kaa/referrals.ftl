# Review status: drafted, awaiting native-speaker review
# Organisations operators refer users to with /refer (dialogues/referrals.yaml names each text
# and its source). Every text must give exactly the contact the source states.

referrals-intro = 💬 <b>Isenim liniyası</b> (múrájat #{ $case }) mına jerge múrájat etiwdi usınadı:

# sputniknews.uz/20251020; yuz.uz
referrals-agency-russia =
    <b>Migraciya agentliginiń Rossiyadaǵı wákilxanası</b> (Moskva)
    Telefon: +7 925 045 4744
    Mánzil: Moskva, 1-y Kazachiy per. 11/2

# hook.report 2022-08-05; muslim.uz 2018-07-30 ⚠
referrals-istiqbolli-avlod =
    <b>«Istiqbolli avlod»</b> — Ózbekstandaǵı mámleketlik emes shólkem, isenim telefonı 2003-jıldan berli isleydi.
    Tez járdem liniyası: +998 95 143 94 94
    <i>Nomer 2018-jılǵı dereekten — Migraciya agentligi arqalı anıqlań.</i>

# modernslaveryhelpline.org; unseenuk.org 2019-09-19
referrals-uk-modern-slavery-helpline =
    <b>Modern Slavery &amp; Exploitation Helpline</b> (Ullı Britaniya)
    Telefon: 08000 121 700 — biypul, kúni-túni, 200 den artıq tilde.
    Házir qáwip astında bolsańız, 999 ǵa qońıraw etiń.

# khaleejtimes.com
referrals-uae-mohre =
    <b>BAÁ Miynet ministrligi (MOHRE)</b> — miynet dawları boyınsha shaǵımlar.
    Telefon: 80060 — biypul, kúni-túni, 20 tilde.

# koreatimes.co.kr
referrals-korea-hug =
    <b>HUG Korea</b> — shet ellik jumısshılarǵa miynet máseleleri boyınsha másláhát.
    Telefon: 1577-0071 — jıl dawamında isleydi, 16 tilde.

# korea.net 2018-03-27; jincheon.go.kr
referrals-korea-1345 =
    <b>1345 Immigraciya baylanıs orayı</b> (Koreya)
    Telefon: 1345, shet elden +82-1345.
    Jumıs kúnleri 9:00 den 22:00 ge shekem 20 tilde; 18:00 den keyin tek koreys, inglis hám qıtay tillerinde.

# isp.policja.pl 2014-12-19 ⚠; kcik.pl
referrals-poland-kcik =
    <b>KCIK</b> — adam sawdası qurbanlarına járdem milliy orayı (Polsha).
    Telefon: (22) 628 01 20 yamasa (22) 628 99 99 — dúyshembiden juma kúnine shekem; basqa waqıtta tek shuǵıl jaǵdaylar.
    <i>Nomerler 2014-jılǵı dereekten — olardı anıqlań.</i>

# turantimes.kz 2023-10-16
referrals-kazakhstan-111 =
    <b>111 baylanıs orayı</b> (Qazaqstan) — zorlıqtan jábirlengen shańaraqlarǵa, hayallarǵa hám balalarǵa járdem.
    Telefon: 111 — kúni-túni, qala hám mobil telefonlardan biypul.
