# Review status: drafted, awaiting native-speaker review

## The emergency answer by country (src/core/emergency.rs): shown at once to every message of
## distress, from "In trouble now", with /country and outside the hotline's office hours.
## Only numbers from the domain brief (section 7; section 2 for the Migration Agency), each
## with its source in a comment above it. The local emergency number always comes first.
## 12-82 and 11-08 are short numbers of Uzbek networks: no source says they work from a
## foreign SIM (domain brief, section 7, "Not confirmed"), so abroad they are only named as
## such, never as the only contact.

emergency-ask-country = <b>Házir qay jerdesiz?</b> Mámleketti basıń: onıń tótenshe nomerlerin kórsetemiz hám juwabıńızdı este saqlaymız. Mámleketti /country buyrıǵı menen ózgertiw múmkin.
emergency-btn-change = 📍 Mámleketti ózgertiw
emergency-btn-uz = 🇺🇿 Ózbekstan
emergency-btn-ru = 🇷🇺 Rossiya
emergency-btn-kz = 🇰🇿 Qazaqstan
emergency-btn-tr = 🇹🇷 Túrkiya
emergency-btn-kr = 🇰🇷 Qubla Koreya
emergency-btn-gb = 🇬🇧 Ullı Britaniya
emergency-btn-pl = 🇵🇱 Polsha
emergency-btn-de = 🇩🇪 Germaniya
emergency-btn-ae = 🇦🇪 BAÁ
emergency-btn-sa = 🇸🇦 Saud Arabiyası
emergency-btn-qa = 🇶🇦 Qatar
emergency-btn-other = 🌍 Basqa mámleket

# No figures: the brief gives no number that works in every country.
emergency-other =
    <b>Eger ómirińiz qáwip astında bolsa, házir turǵan mámleketińizdiń tótenshe xızmetine (policiya, tez járdem) qońıraw etiń.</b>
    Múmkin bolsa, adamlar bar jerge barıń. Sol mámlekettegi Ózbekstan elshixanasına yamasa konsullıǵına múrájat etiń.
emergency-generic = { emergency-other }

# Sources: yuz.uz/a/ru/129171 (2025-08, single source: 12-82 and @huquqiyyordamuzbot);
# old.customs.uz/en/news/view/2232 (11-08, undated). Domain brief, section 7: no source says
# 12-82 or 11-08 can be dialled from abroad.
emergency-uz-numbers = <i>12-82 (Migraciya agentligi) hám 11-08 (adam sawdasına qarsı isenim telefonı) — Ózbekstannıń qısqa nomerleri: olarǵa ózbek SIM-kartasınan qońıraw etiń; shet elden isleytuǵını belgisiz. Qálegen mámleketten internet arqalı: Migraciya agentliginiń botı @huquqiyyordamuzbot (bir derekten belgili).</i>

# Sources: xs.uz/fr/post/112-unified-dispatch-service-now-fully-operational-across-uzbekistan
# (112 in all regions, n/s); kun.uz/ru/news/2022/12/06 (police 102); kun.uz/en/news/2022/07/08
# (ambulance 103); yuz.uz/a/ru/129171 (2025-08, 12-82 and the bot, single source);
# old.customs.uz/en/news/view/2232 (11-08, undated); muslim.uz 2018-07-30 (Istiqbolli Avlod, 2018).
emergency-uz =
    <b>🇺🇿 Ózbekstan. Eger ómirińiz qáwip astında bolsa:</b>
    • <b>112</b> — birden-bir tótenshe xızmet
    • <b>102</b> — policiya, <b>103</b> — tez járdem
    • Migraciya agentligi: <b>12-82</b>, Telegram: @huquqiyyordamuzbot
    • Mámleketlik bajıxana komitetiniń adam sawdasına qarsı isenim telefonı: <b>11-08</b>
    • «Istiqbolli avlod» isenim telefonı: <b>+998 95 143 94 94</b>
    <i>12-82, 11-08 hám «Istiqbolli avlod» nomeri hár biri bir derekten belgili; Migraciya agentligi arqalı tekseriń.</i>

# Sources: mos.ru/en/news/item/26869073 (112 free, works without a SIM; 101, 102, 103; n/s);
# tass.com/society/1383365 (2022-01-01: interpreters at 112 for foreigners); yuz.uz
# (rossiyada-faoliyat-yuritayotgan-xalqaro-yuk-tashuvchi-haydovchilar…, 2025 content) and
# sputniknews.uz 2025-10-20: Migration Agency office in Russia, +7 925 045 4744, Moscow,
# 1-y Kazachiy per. 11/2.
emergency-ru =
    <b>🇷🇺 Rossiya. Eger ómirińiz qáwip astında bolsa:</b>
    • <b>112</b> — biypul, SIM-kartasız da isleydi; shet elliler ushın awdarmashılar bar
    • <b>102</b> — policiya, <b>103</b> — tez járdem, <b>101</b> — órt sóndiriw xızmeti
    • Ózbekstan Migraciya agentliginiń Rossiyadaǵı wákilxanası: <b>+7 925 045 4744</b>, Moskva, 1-y Kazachiy pereulok, 11/2

# Sources: egov.kz/cms/en/articles/emergency_situations/emergency_number_112 (updated
# 08.09.2021: 112, 102, 103, free from any phone); turantimes.kz 16.10.2023 (contact centre 111
# for victims of violence, 24 h, free from landlines and mobiles).
emergency-kz =
    <b>🇰🇿 Qazaqstan. Eger ómirińiz qáwip astında bolsa:</b>
    • <b>112</b> — qálegen telefonnan biypul
    • <b>102</b> — policiya, <b>103</b> — tez járdem
    • <b>111</b> — zorlıqtan jábir kórgenler ushın kún-tún isleytuǵın baylanıs orayı, biypul

# Sources: postgazetesi.ch (112, one number for all emergencies, n/s); trtdeutsch.com (112 takes
# calls in English, German, Arabic and Russian, n/s); uz.kursiv.media/en/2025-04-13 (the Uzbek
# Consulate General in Istanbul; the brief has no verified phone number for it).
emergency-tr =
    <b>🇹🇷 Túrkiya. Eger ómirińiz qáwip astında bolsa:</b>
    • <b>112</b> — barlıq tótenshe jaǵdaylar ushın birden-bir nomer; rus tilinde de juwap beredi
    • Stambulda Ózbekstannıń Bas konsullıǵı bar (tekserilgen telefon nomeri bizde joq).

# Sources: citiesinsider.com (3P, n/s: 112 police, 119 fire and ambulance); korea.net
# 2018-03-27 (1345: 20 languages, 09:00–22:00); jincheon.go.kr (after 18:00 only Korean, English
# and Chinese); m.koreatimes.co.kr newsIdx=376806 (HUG Korea 1577-0071, 16 languages, all year);
# kun.uz/en/news/2023/10/30 and de.turkishnewsworld.com (3P, about Apr 2025): Uzbek embassy lines.
emergency-kr =
    <b>🇰🇷 Qubla Koreya. Eger ómirińiz qáwip astında bolsa:</b>
    • <b>112</b> — policiya, <b>119</b> — tez járdem hám órt sóndiriw xızmeti
    • <b>1345</b> — immigraciya baylanıs orayı: 20 til, 09:00–22:00 (18:00 den keyin tek koreys, inglis hám qıtay tillerinde)
    • <b>1577-0071</b> — shet ellik jumısshılarǵa miynet máseleleri boyınsha másláhát, 16 til
    • Ózbekstan elshixanası: <b>+82 10 3213 4505</b>, <b>+82 10 2909 4334</b>, <b>+82 2 574 6554</b>
    <i>Elshixana nomerleri jańalıqlardan alınǵan (2023, 2025); Migraciya agentligi arqalı tekseriń.</i>

# Sources: wellingtonpractice.co.uk/emergency-information (999 and 112, free, also from a
# locked mobile, n/s); modernslaveryhelpline.org (08000 121 700, free, confidential, 24/7, n/s);
# unseenuk.org 2019-09-19 (over 200 languages).
emergency-gb =
    <b>🇬🇧 Ullı Britaniya. Eger ómirińiz qáwip astında bolsa:</b>
    • <b>999</b> yamasa <b>112</b> — biypul, qulıplanǵan telefonnan da
    • <b>08000 121 700</b> — zamanagóy qulshılıq hám ekspluataciyaǵa qarsı isenim telefonı (<code>Modern Slavery &amp; Exploitation Helpline</code>): biypul, kún-tún, 200 den artıq tilde

# Sources: 112.gov.pl (20.11.2018: 112 free, works without a SIM; 997 police, 999 ambulance);
# isp.policja.pl (19.12.2014: KCIK (22) 628 01 20, (22) 628 99 99); kcik.pl (Mon–Fri; at other
# times a mobile phone for urgent cases only, n/s).
emergency-pl =
    <b>🇵🇱 Polsha. Eger ómirińiz qáwip astında bolsa:</b>
    • <b>112</b> — biypul, SIM-kartasız da isleydi
    • <b>997</b> — policiya, <b>999</b> — tez járdem
    • <code>KCIK</code>, adam sawdasınan jábir kórgenlerge járdem orayı: <b>(22) 628 01 20</b>, <b>(22) 628 99 99</b>, jumıs kúnleri <i>(nomerler 2014-jılǵı derekten)</i>

# Sources: mainz.de (112 fire and ambulance, 110 police, free, a SIM card must be in the phone,
# n/s); polizei.bremerhaven.de (110 works with no credit and without the PIN, n/s).
# The brief found no labour-exploitation helpline for Germany.
emergency-de =
    <b>🇩🇪 Germaniya. Eger ómirińiz qáwip astında bolsa:</b>
    • <b>110</b> — policiya, <b>112</b> — tez járdem hám órt sóndiriw xızmeti, biypul
    • Telefonda SIM-karta bolıwı kerek; 110 ǵa esapta aqsha bolmasa da, PIN-kodsız da qońıraw etiw múmkin

# Sources: gulfnews.com 2021-09-12 (police 999); emirates247.com 2015-10-31 (ambulance 998);
# khaleejtimes.com (MOHRE 80060, toll-free, 24/7, 20 languages, n/s);
# migrationpolicy.unescwa.org (Decree-Law 33/2021: employers may not confiscate documents).
emergency-ae =
    <b>🇦🇪 BAÁ. Eger ómirińiz qáwip astında bolsa:</b>
    • <b>999</b> — policiya, <b>998</b> — tez járdem
    • <b>80060</b> — Miynet ministrligi (<code>MOHRE</code>), jumıs boyınsha shaǵımlar: biypul, kún-tún, 20 til
    • Jumıs beriwshige hújjetlerińizdi alıp qoyıwǵa tıyım salınǵan.

# Source: arabnews.com/node/2076371 (911, 24 h, in a range of languages, n/s).
emergency-sa =
    <b>🇸🇦 Saud Arabiyası. Eger ómirińiz qáwip astında bolsa:</b>
    • <b>911</b> — kún-tún, bir neshe tilde

# Sources: wgoqatar.com/180195 (999, translators, n/s); welcomeqatar.com 2020-04-20 (labour
# complaints by SMS to 92727).
emergency-qa =
    <b>🇶🇦 Qatar. Eger ómirińiz qáwip astında bolsa:</b>
    • <b>999</b> — awdarmashılar bar
    • Jumıs boyınsha shaǵımlar: <b>92727</b> nomerine SMS <i>(2020-jılǵı maǵlıwmat)</i>

## Suicidal thoughts and self-harm: warm words first, the crisis line where the brief gives one.

emergency-self-harm =
    Házir sizge sonshelli awır ekenine qattı ókinemen. Jazǵanıńız jaqsı: siz jalǵız emessiz.
    Eger házir ózińizge zıyan keltiriwińiz múmkin bolsa, tótenshe xızmetke qońıraw etiń yamasa birewden qasıńızda bolıwın sorań.
# Source: tass.ru/moskva/10603811 (Moscow adult crisis line 051, from a mobile +7 (495) 051,
# free, 24 h; the year is not shown).
emergency-crisis-ru = <b>051</b> (mobil telefonnan <b>+7 (495) 051</b>) — Moskvada biypul, kún-tún psixologiyalıq járdem.
# Sources: m.hankookilbo.com A2024010316570003218 and koreabizwire.com/?p=303235 (2024-01-03:
# suicide prevention line 109, 24/7, replaced 1393).
emergency-crisis-kr = <b>109</b> — óz ómirine qastıyanlıq etiw haqqında oylap júrgenler ushın kún-tún isleytuǵın járdem liniyası.
# Source: samaritans.org/how-we-can-help/contact-samaritan (116 123, free, no credit needed, n/s).
emergency-crisis-gb = <b>116 123</b> — <code>Samaritans</code>: biypul, esapta aqsha bolmasa da. Ol jerde sizdi tıńlaydı.
emergency-self-harm-person = Qáleseńiz, komandamızdan bir adam siz benen sóylesedi.
