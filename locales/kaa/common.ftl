# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

common-text-only = Men tek tekstti túsinemen. Sorawıńızdı sóz benen jazıń yamasa túymeni basıń.
common-unknown-command = Men bunday buyrıqtı bilmeymen. /menu yamasa /help jiberip kóriń.
common-internal-error = Keshiriń, bizde bir qátelik júz berdi. Bir minuttan soń qaytadan urınıp kóriń yamasa /menu jiberiń.
common-help =
    <b>Safar ne isley aladı</b>
    Shet elde qáwipsiz islewge járdem beredi: jalǵan jumıs belgileri, mámleketlerdiń qaǵıydaları, járdem ushın kimge múrájat etiw.

    Buyrıqlar:
    /menu — bas menyu
    /language — tildi ózgertiw
    /check — jumıs usınısın tekseriw
    /operator — adam menen sóylesiw
    /country — házir qaysı mámlekettemen (tótenshe nomerler)
    /forget — men haqqımdaǵı hámme nárseni óshiriw
    /help — usı járdem

    Bot hesh qashan sizden pul yamasa pasport maǵlıwmatların soramaydı.

# Telegram command menu: plain text, no HTML, no emoji, at most 40 characters.
cmd-start = Baslaw
cmd-menu = Bas menyu
cmd-language = Tildi ózgertiw
cmd-help = Járdem
cmd-check = Jumıs usınısın tekseriw
cmd-operator = Adam menen sóylesiw
cmd-country = Házir qay jerdemen (tótenshe nomerler)

# For NGO admins. Karakalpak has no CLDR plural rules: if a selector is ever added, use only *[other].
admin-reload-ok = Scenariyler hám tekstler qayta júklendi: { $nodes } túyin, { $keys } tekst, { $warnings } eskertiw.
admin-reload-failed =
    Qayta júklew qabıl etilmedi: { $count } qátelik. Aldıńǵı versiya islewin dawam etedi.
    <pre>{ $errors }</pre>
