//! Transliteration, word by word and in whole Telegram texts.
//!
//! The tables are pairs of spellings (Latin, Cyrillic). Only spellings we are sure of are
//! listed; a pair is tested in both directions unless its table says otherwise:
//! - `*_RULES`: the rules alone give both spellings; also checked as round trips without the
//!   exceptions list.
//! - `*_LISTED`: words the exceptions list (`dialogues/translit-exceptions.yaml`) must supply.
//! - `*_CYR_TO_LAT`, `*_LAT_TO_CYR`: one direction only (capitals, apostrophe variants, old
//!   Karakalpak letters, words with endings), written (input, expected).

use std::path::Path;

use safar::diagnostics::Diagnostics;
use safar::translit::{
    Exceptions, Variant, kaa_cyr_to_lat, kaa_lat_to_cyr, kaa_normalize_latin, kaa_to_lowercase,
    kaa_to_uppercase, transliterate, uz_cyr_to_lat, uz_lat_to_cyr, uz_normalize_latin,
};

/// The shipped exceptions file, relative to the repository root.
const SHIPPED: &str = "dialogues/translit-exceptions.yaml";

// ---------------------------------------------------------------------------------------------
// Uzbek

const UZ_RULES: &[(&str, &str)] = &[
    // migration and work
    ("pasport", "паспорт"),
    ("shartnoma", "шартнома"),
    ("ish", "иш"),
    ("maosh", "маош"),
    ("viza", "виза"),
    ("agentlik", "агентлик"),
    ("roʻyxat", "рўйхат"),
    ("patent", "патент"),
    ("ishchi", "ишчи"),
    ("mehnat", "меҳнат"),
    ("migrant", "мигрант"),
    ("migratsiya", "миграция"),
    ("registratsiya", "регистрация"),
    ("deportatsiya", "депортация"),
    ("xorij", "хориж"),
    ("xorijda", "хорижда"),
    ("haqi", "ҳақи"),
    ("ishsizlik", "ишсизлик"),
    ("ishlash", "ишлаш"),
    ("tashkilot", "ташкилот"),
    ("kompaniya", "компания"),
    ("firma", "фирма"),
    ("menejer", "менежер"),
    ("xodim", "ходим"),
    ("xizmat", "хизмат"),
    ("malaka", "малака"),
    ("tajriba", "тажриба"),
    ("majburiy", "мажбурий"),
    ("savdosi", "савдоси"),
    ("aldov", "алдов"),
    ("firibgar", "фирибгар"),
    ("xavf", "хавф"),
    ("xavfsiz", "хавфсиз"),
    ("tekshirish", "текшириш"),
    ("yordam", "ёрдам"),
    ("maslahat", "маслаҳат"),
    ("ogohlantirish", "огоҳлантириш"),
    ("diqqat", "диққат"),
    ("shikoyat", "шикоят"),
    ("murojaat", "мурожаат"),
    ("qoʻngʻiroq", "қўнғироқ"),
    ("xabar", "хабар"),
    ("qochqin", "қочқин"),
    // documents and the state
    ("hujjat", "ҳужжат"),
    ("huquq", "ҳуқуқ"),
    ("qonun", "қонун"),
    ("davlat", "давлат"),
    ("vazirlik", "вазирлик"),
    ("elchixona", "элчихона"),
    ("konsullik", "консуллик"),
    ("chegara", "чегара"),
    ("sud", "суд"),
    ("militsiya", "милиция"),
    ("politsiya", "полиция"),
    ("prokuratura", "прокуратура"),
    ("advokat", "адвокат"),
    ("jinoyat", "жиноят"),
    ("jarima", "жарима"),
    ("ariza", "ариза"),
    ("anketa", "анкета"),
    ("nusxa", "нусха"),
    ("imzo", "имзо"),
    ("muhr", "муҳр"),
    ("notarius", "нотариус"),
    ("tarjimon", "таржимон"),
    ("diplom", "диплом"),
    ("sertifikat", "сертификат"),
    ("imtihon", "имтиҳон"),
    ("fuqaro", "фуқаро"),
    ("fuqarolik", "фуқаролик"),
    ("familiya", "фамилия"),
    ("ism", "исм"),
    ("tugʻilgan", "туғилган"),
    ("manzil", "манзил"),
    ("telefon", "телефон"),
    ("raqam", "рақам"),
    // money
    ("pul", "пул"),
    ("soʻm", "сўм"),
    ("dollar", "доллар"),
    ("bank", "банк"),
    ("karta", "карта"),
    ("toʻlov", "тўлов"),
    ("qarz", "қарз"),
    ("kredit", "кредит"),
    ("foiz", "фоиз"),
    ("soliq", "солиқ"),
    ("nafaqa", "нафақа"),
    ("pensiya", "пенсия"),
    ("xarajat", "харажат"),
    ("daromad", "даромад"),
    ("hisob", "ҳисоб"),
    ("chek", "чек"),
    ("qimmat", "қиммат"),
    ("arzon", "арзон"),
    ("bepul", "бепул"),
    // travel
    ("aeroport", "аэропорт"),
    ("poyezd", "поезд"),
    ("avtobus", "автобус"),
    ("chipta", "чипта"),
    ("bilet", "билет"),
    ("taksi", "такси"),
    ("mashina", "машина"),
    ("yoʻl", "йўл"),
    // health
    ("sugʻurta", "суғурта"),
    ("tibbiy", "тиббий"),
    ("kasalxona", "касалхона"),
    ("shifokor", "шифокор"),
    ("dori", "дори"),
    ("sogʻliq", "соғлиқ"),
    ("kasallik", "касаллик"),
    ("hodisa", "ҳодиса"),
    ("jarohat", "жароҳат"),
    // jobs
    ("oʻqituvchi", "ўқитувчи"),
    ("fermer", "фермер"),
    ("qurilish", "қурилиш"),
    ("quruvchi", "қурувчи"),
    ("zavod", "завод"),
    ("fabrika", "фабрика"),
    ("haydovchi", "ҳайдовчи"),
    ("oshpaz", "ошпаз"),
    ("hamshira", "ҳамшира"),
    ("enaga", "энага"),
    ("qorovul", "қоровул"),
    ("tikuvchi", "тикувчи"),
    ("sartarosh", "сартарош"),
    ("payvandchi", "пайвандчи"),
    ("elektrik", "электрик"),
    ("santexnik", "сантехник"),
    ("paxta", "пахта"),
    ("dala", "дала"),
    ("gʻalla", "ғалла"),
    ("ekin", "экин"),
    // places
    ("Toshkent", "Тошкент"),
    ("Oʻzbekiston", "Ўзбекистон"),
    ("Qoraqalpogʻiston", "Қорақалпоғистон"),
    ("Rossiya", "Россия"),
    ("Koreya", "Корея"),
    ("Yevropa", "Европа"),
    ("Moskva", "Москва"),
    ("Qozogʻiston", "Қозоғистон"),
    ("Turkiya", "Туркия"),
    ("Germaniya", "Германия"),
    ("Britaniya", "Британия"),
    ("Yaponiya", "Япония"),
    ("Amerika", "Америка"),
    ("Gretsiya", "Греция"),
    ("Shvetsiya", "Швеция"),
    ("Dubay", "Дубай"),
    ("Samarqand", "Самарқанд"),
    ("Buxoro", "Бухоро"),
    ("Fargʻona", "Фарғона"),
    ("Andijon", "Андижон"),
    ("Namangan", "Наманган"),
    ("Xorazm", "Хоразм"),
    ("Nukus", "Нукус"),
    ("Navoiy", "Навоий"),
    ("Jizzax", "Жиззах"),
    ("Sirdaryo", "Сирдарё"),
    ("Surxondaryo", "Сурхондарё"),
    ("Qashqadaryo", "Қашқадарё"),
    ("Termiz", "Термиз"),
    ("Qarshi", "Қарши"),
    ("Urganch", "Урганч"),
    ("shahar", "шаҳар"),
    ("qishloq", "қишлоқ"),
    ("viloyat", "вилоят"),
    ("tuman", "туман"),
    ("mahalla", "маҳалла"),
    ("koʻcha", "кўча"),
    ("xona", "хона"),
    ("yotoqxona", "ётоқхона"),
    ("oshxona", "ошхона"),
    // people
    ("oila", "оила"),
    ("ona", "она"),
    ("ota", "ота"),
    ("bola", "бола"),
    ("farzand", "фарзанд"),
    ("xotin", "хотин"),
    ("er", "эр"),
    ("erkak", "эркак"),
    ("ayol", "аёл"),
    ("ayollar", "аёллар"),
    ("aka", "ака"),
    ("opa", "опа"),
    ("uka", "ука"),
    ("singil", "сингил"),
    ("doʻst", "дўст"),
    ("odam", "одам"),
    ("inson", "инсон"),
    ("xalq", "халқ"),
    ("jamiyat", "жамият"),
    ("yosh", "ёш"),
    ("Mirziyoyev", "Мирзиёев"),
    ("Nizoyev", "Низоев"),
    ("Isʼhoq", "Исҳоқ"),
    // time
    ("kun", "кун"),
    ("hafta", "ҳафта"),
    ("oy", "ой"),
    ("yil", "йил"),
    ("soat", "соат"),
    ("daqiqa", "дақиқа"),
    ("bugun", "бугун"),
    ("kecha", "кеча"),
    ("ertaga", "эртага"),
    ("ertalab", "эрталаб"),
    ("kechqurun", "кечқурун"),
    ("vaqt", "вақт"),
    ("muddat", "муддат"),
    ("sana", "сана"),
    ("dushanba", "душанба"),
    ("seshanba", "сешанба"),
    ("chorshanba", "чоршанба"),
    ("payshanba", "пайшанба"),
    ("juma", "жума"),
    ("shanba", "шанба"),
    ("yakshanba", "якшанба"),
    ("mart", "март"),
    ("may", "май"),
    ("avgust", "август"),
    ("hozir", "ҳозир"),
    ("keyin", "кейин"),
    ("qachon", "қачон"),
    // numbers
    ("bir", "бир"),
    ("ikki", "икки"),
    ("uch", "уч"),
    ("toʻrt", "тўрт"),
    ("besh", "беш"),
    ("olti", "олти"),
    ("yetti", "етти"),
    ("sakkiz", "саккиз"),
    ("toʻqqiz", "тўққиз"),
    ("oʻn", "ўн"),
    ("yuz", "юз"),
    ("ming", "минг"),
    ("million", "миллион"),
    // everyday words
    ("salom", "салом"),
    ("rahmat", "раҳмат"),
    ("xayr", "хайр"),
    ("ha", "ҳа"),
    ("yoʻq", "йўқ"),
    ("iltimos", "илтимос"),
    ("kechirasiz", "кечирасиз"),
    ("savol", "савол"),
    ("javob", "жавоб"),
    ("yangi", "янги"),
    ("katta", "катта"),
    ("kichik", "кичик"),
    ("yaxshi", "яхши"),
    ("yomon", "ёмон"),
    ("toʻgʻri", "тўғри"),
    ("notoʻgʻri", "нотўғри"),
    ("yolgʻon", "ёлғон"),
    ("tez", "тез"),
    ("sekin", "секин"),
    ("oson", "осон"),
    ("qiyin", "қийин"),
    ("ogʻir", "оғир"),
    ("koʻp", "кўп"),
    ("hamma", "ҳамма"),
    ("har", "ҳар"),
    ("hech", "ҳеч"),
    ("nima", "нима"),
    ("qancha", "қанча"),
    ("qanday", "қандай"),
    ("qayerda", "қаерда"),
    ("yoki", "ёки"),
    ("lekin", "лекин"),
    ("uchun", "учун"),
    ("bilan", "билан"),
    ("endi", "энди"),
    ("emas", "эмас"),
    ("edi", "эди"),
    ("ekan", "экан"),
    ("esa", "эса"),
    ("ega", "эга"),
    ("eshik", "эшик"),
    ("yer", "ер"),
    ("yengil", "енгил"),
    ("bayroq", "байроқ"),
    ("uy", "уй"),
    ("ovqat", "овқат"),
    ("non", "нон"),
    ("suv", "сув"),
    ("choy", "чой"),
    ("goʻsht", "гўшт"),
    ("meva", "мева"),
    ("sabzavot", "сабзавот"),
    ("doʻkon", "дўкон"),
    ("bozor", "бозор"),
    ("savdo", "савдо"),
    ("koʻylak", "кўйлак"),
    ("boʻyicha", "бўйича"),
    ("oʻyin", "ўйин"),
    ("togʻ", "тоғ"),
    ("bogʻ", "боғ"),
    ("yogʻ", "ёғ"),
    ("bormoq", "бормоқ"),
    ("kelmoq", "келмоқ"),
    ("qaytmoq", "қайтмоқ"),
    ("yozmoq", "ёзмоқ"),
    ("oʻqimoq", "ўқимоқ"),
    ("soʻramoq", "сўрамоқ"),
    ("koʻrmoq", "кўрмоқ"),
    ("yashamoq", "яшамоқ"),
    ("kelyapti", "келяпти"),
    ("ketsa", "кетса"),
    ("aytsin", "айтсин"),
    // tutuq belgisi (ъ)
    ("eʼlon", "эълон"),
    ("sanʼat", "санъат"),
    ("maʼlumot", "маълумот"),
    ("taʼlim", "таълим"),
    ("eʼtibor", "эътибор"),
    ("sheʼr", "шеър"),
    ("taʼsir", "таъсир"),
    ("aʼzo", "аъзо"),
    ("aʼlo", "аъло"),
    ("maʼno", "маъно"),
    // loanwords
    ("obyekt", "объект"),
    ("subyekt", "субъект"),
    ("menyu", "меню"),
    ("aktyor", "актёр"),
    ("shofyor", "шофёр"),
    ("poet", "поэт"),
    ("poeziya", "поэзия"),
    ("universitet", "университет"),
    ("internet", "интернет"),
    ("sayt", "сайт"),
    ("onlayn", "онлайн"),
    ("biznes", "бизнес"),
    ("maktab", "мактаб"),
];

const UZ_LISTED: &[(&str, &str)] = &[
    ("yanvar", "январь"),
    ("fevral", "февраль"),
    ("aprel", "апрель"),
    ("iyun", "июнь"),
    ("iyul", "июль"),
    ("sentabr", "сентябрь"),
    ("oktabr", "октябрь"),
    ("noyabr", "ноябрь"),
    ("dekabr", "декабрь"),
    ("sex", "цех"),
    ("sirk", "цирк"),
    ("sentr", "центр"),
    ("sement", "цемент"),
    ("konsert", "концерт"),
    ("litsenziya", "лицензия"),
    ("litsey", "лицей"),
    ("patsiyent", "пациент"),
    ("meditsina", "медицина"),
    ("protsent", "процент"),
    ("ofitsiant", "официант"),
    ("spetsialist", "специалист"),
    ("retsept", "рецепт"),
    ("platskart", "плацкарт"),
    ("ssenariy", "сценарий"),
    ("prinsip", "принцип"),
    ("aksiya", "акция"),
    ("stansiya", "станция"),
    ("funksiya", "функция"),
    ("kvitansiya", "квитанция"),
    ("inyeksiya", "инъекция"),
    ("korrupsiya", "коррупция"),
    ("Fransiya", "Франция"),
    ("rubl", "рубль"),
    ("avtomobil", "автомобиль"),
    ("parol", "пароль"),
    ("kompyuter", "компьютер"),
    ("kuryer", "курьер"),
    ("Polsha", "Польша"),
    ("mebel", "мебель"),
    ("profil", "профиль"),
    ("sekretar", "секретарь"),
    ("duel", "дуэль"),
    ("pochtalyon", "почтальон"),
    ("rayon", "район"),
    ("mayor", "майор"),
    ("moʻjiza", "мўъжиза"),
    ("moʻtabar", "мўътабар"),
    // with endings (see the exceptions file)
    ("oktabrda", "октябрда"),
    ("sentabrdan", "сентябрдан"),
    ("litsenziyasi", "лицензияси"),
    ("kompyuterda", "компьютерда"),
    ("kuryerlar", "курьерлар"),
    ("Polshada", "Польшада"),
    ("rayonlar", "районлар"),
    ("ssenariylar", "сценарийлар"),
];

const UZ_CYR_TO_LAT: &[(&str, &str)] = &[
    ("ШАРТНОМА", "SHARTNOMA"),
    ("Шарт", "Shart"),
    ("ТОШ", "TOSH"),
    ("ЎЗБЕКИСТОН", "OʻZBEKISTON"),
    ("ҒАЛЛА", "GʻALLA"),
    ("Ғалла", "Gʻalla"),
    ("ЧЕТ ЭЛ", "CHET EL"),
    ("чет эл", "chet el"),
    ("иш ҳақи", "ish haqi"),
    ("Ёрдам", "Yordam"),
    ("ЁРДАМ", "YORDAM"),
    ("Ер", "Yer"),
    ("ЕР", "YER"),
    ("ЯХШИ", "YAXSHI"),
    ("Юз", "Yuz"),
    ("ЭЪЛОН", "EʼLON"),
    ("ИСҲОҚ", "ISʼHOQ"),
    ("асҳоб", "asʼhob"),
    ("Цех", "Sex"),
    ("ЦИРК", "SIRK"),
    ("ОКТЯБРЬ", "OKTABR"),
    ("Октябрда", "Oktabrda"),
    ("октябрьда", "oktabrda"),
    ("бульон", "bulyon"),
    ("мўътадил", "moʻtadil"),
    ("ПОЕЗД", "POYEZD"),
    (
        "Қорақалпоғистон Республикаси",
        "Qoraqalpogʻiston Respublikasi",
    ),
];

const UZ_LAT_TO_CYR: &[(&str, &str)] = &[
    ("O'zbekiston", "Ўзбекистон"),
    ("O`zbekiston", "Ўзбекистон"),
    ("O’zbekiston", "Ўзбекистон"),
    ("O‘zbekiston", "Ўзбекистон"),
    ("Oʼzbekiston", "Ўзбекистон"),
    ("yo'q", "йўқ"),
    ("yo‘q", "йўқ"),
    ("YO'Q", "ЙЎҚ"),
    ("ma'lumot", "маълумот"),
    ("ma’lumot", "маълумот"),
    ("ma`lumot", "маълумот"),
    ("e'lon", "эълон"),
    ("Is'hoq", "Исҳоқ"),
    ("Is’hoq", "Исҳоқ"),
    ("g'alla", "ғалла"),
    ("tog'", "тоғ"),
    ("to'g'ri", "тўғри"),
    ("mo'jiza", "мўъжиза"),
    ("SHARTNOMA", "ШАРТНОМА"),
    ("Shartnoma", "Шартнома"),
    ("OKTABR", "ОКТЯБРЬ"),
    ("Oktabr", "Октябрь"),
    ("aprelda", "апрелда"),
    ("avtomobillar", "автомобиллар"),
    ("sirka", "сирка"),
    ("chet el", "чет эл"),
    ("ish haqi", "иш ҳақи"),
    ("Yevropada", "Европада"),
    ("militsiyaga", "милицияга"),
];

// ---------------------------------------------------------------------------------------------
// Karakalpak (Latin of 2016)

const KAA_RULES: &[(&str, &str)] = &[
    // migration and work
    ("jumıs", "жумыс"),
    ("jumısshı", "жумысшы"),
    ("jumısqa", "жумысқа"),
    ("jumıssız", "жумыссыз"),
    ("pasport", "паспорт"),
    ("shártnama", "шәртнама"),
    ("aylıq", "айлық"),
    ("miynet", "мийнет"),
    ("viza", "виза"),
    ("patent", "патент"),
    ("agentlik", "агентлик"),
    ("kompaniya", "компания"),
    ("migraciya", "миграция"),
    ("policiya", "полиция"),
    ("oficiant", "официант"),
    ("xızmet", "хызмет"),
    ("xızmetker", "хызметкер"),
    ("basshı", "басшы"),
    ("qánigelik", "қәнигелик"),
    ("tájiriybe", "тәжирийбе"),
    ("usınıs", "усыныс"),
    ("tekseriw", "тексериў"),
    ("belgileri", "белгилери"),
    ("qáwip", "қәўип"),
    ("qáwipsiz", "қәўипсиз"),
    ("aldaw", "алдаў"),
    ("járdem", "жәрдем"),
    ("keńes", "кеңес"),
    ("ótinish", "өтиниш"),
    ("arza", "арза"),
    ("anketa", "анкета"),
    ("turistlik", "туристлик"),
    ("májbúriy", "мәжбүрий"),
    ("erikli", "ерикли"),
    ("qorǵaw", "қорғаў"),
    ("kepillik", "кепиллик"),
    ("qamqorlıq", "қамқорлық"),
    ("sawda", "саўда"),
    ("sawdası", "саўдасы"),
    // the state and documents
    ("hújjet", "ҳүжжет"),
    ("nızam", "нызам"),
    ("huqıq", "ҳуқық"),
    ("mámleket", "мәмлекет"),
    ("shegara", "шегара"),
    ("sud", "суд"),
    ("ministrlik", "министрлик"),
    ("basqarma", "басқарма"),
    ("bólim", "бөлим"),
    ("Respublika", "Республика"),
    ("Respublikası", "Республикасы"),
    ("Joqarǵı", "Жоқарғы"),
    ("ǵárezsizlik", "ғәрезсизлик"),
    ("jámiyet", "жәмийет"),
    ("puqara", "пуқара"),
    ("puqaralıq", "пуқаралық"),
    ("atı", "аты"),
    ("familiyası", "фамилиясы"),
    ("tuwılǵan", "туўылған"),
    ("sáne", "сәне"),
    ("telefon", "телефон"),
    ("nomer", "номер"),
    ("xat", "хат"),
    ("xabar", "хабар"),
    ("baylanıs", "байланыс"),
    ("maǵlıwmat", "мағлыўмат"),
    ("internet", "интернет"),
    ("sayt", "сайт"),
    ("menyu", "меню"),
    // money
    ("pul", "пул"),
    ("aqsha", "ақша"),
    ("baha", "баҳа"),
    ("qarız", "қарыз"),
    ("tabıs", "табыс"),
    ("salıq", "салық"),
    ("bank", "банк"),
    ("karta", "карта"),
    ("dollar", "доллар"),
    // places
    ("Qaraqalpaqstan", "Қарақалпақстан"),
    ("Nókis", "Нөкис"),
    ("Ózbekstan", "Өзбекстан"),
    ("Rossiya", "Россия"),
    ("Koreya", "Корея"),
    ("Qazaqstan", "Қазақстан"),
    ("Túrkiya", "Түркия"),
    ("Moskva", "Москва"),
    ("Germaniya", "Германия"),
    ("Amerika", "Америка"),
    ("Angliya", "Англия"),
    ("Yaponiya", "Япония"),
    ("Qıtay", "Қытай"),
    ("Ukraina", "Украина"),
    ("Dubay", "Дубай"),
    ("Tashkent", "Ташкент"),
    ("Samarqand", "Самарқанд"),
    ("Buxara", "Бухара"),
    ("Almatı", "Алматы"),
    ("Aral", "Арал"),
    ("Tórtkúl", "Төрткүл"),
    ("Beruniy", "Беруний"),
    ("Xojeli", "Хожели"),
    ("Shımbay", "Шымбай"),
    ("Qońırat", "Қоңырат"),
    ("Moynaq", "Мойнақ"),
    ("Kegeyli", "Кегейли"),
    ("Taqıyatas", "Тақыятас"),
    ("Shomanay", "Шоманай"),
    ("Qaraózek", "Қараөзек"),
    ("qala", "қала"),
    ("awıl", "аўыл"),
    ("úy", "үй"),
    ("kóshe", "көше"),
    ("bazar", "базар"),
    ("dúkan", "дүкан"),
    ("zavod", "завод"),
    ("fabrika", "фабрика"),
    ("mektep", "мектеп"),
    ("universitet", "университет"),
    ("keselxana", "кеселхана"),
    // travel
    ("jol", "жол"),
    ("avtobus", "автобус"),
    ("poezd", "поезд"),
    ("samolyot", "самолёт"),
    ("bilet", "билет"),
    ("taksi", "такси"),
    ("vokzal", "вокзал"),
    // people and health
    ("adam", "адам"),
    ("adamlar", "адамлар"),
    ("xalıq", "халық"),
    ("bala", "бала"),
    ("balalar", "балалар"),
    ("ana", "ана"),
    ("ata", "ата"),
    ("hayal", "ҳаял"),
    ("erkek", "еркек"),
    ("qız", "қыз"),
    ("ul", "ул"),
    ("dos", "дос"),
    ("shańaraq", "шаңарақ"),
    ("densawlıq", "денсаўлық"),
    ("dári", "дәри"),
    ("shıpaker", "шыпакер"),
    ("oqıwshı", "оқыўшы"),
    ("oqıtıwshı", "оқытыўшы"),
    ("muǵallim", "муғаллим"),
    ("paydalanıwshı", "пайдаланыўшы"),
    ("diyxan", "дийхан"),
    ("sheber", "шебер"),
    ("qurılıs", "қурылыс"),
    ("biyshi", "бийши"),
    // time and numbers
    ("kún", "күн"),
    ("jıl", "жыл"),
    ("ay", "ай"),
    ("hápte", "ҳәпте"),
    ("saǵat", "сағат"),
    ("minut", "минут"),
    ("búgin", "бүгин"),
    ("erteń", "ертең"),
    ("keshe", "кеше"),
    ("házir", "ҳәзир"),
    ("keyin", "кейин"),
    ("aldın", "алдын"),
    ("qashan", "қашан"),
    ("qıs", "қыс"),
    ("jaz", "жаз"),
    ("bir", "бир"),
    ("eki", "еки"),
    ("úsh", "үш"),
    ("tórt", "төрт"),
    ("bes", "бес"),
    ("altı", "алты"),
    ("jeti", "жети"),
    ("segiz", "сегиз"),
    ("toǵız", "тоғыз"),
    ("on", "он"),
    ("júz", "жүз"),
    ("mıń", "мың"),
    // language and writing
    ("til", "тил"),
    ("sóz", "сөз"),
    ("qaraqalpaq", "қарақалпақ"),
    ("qaraqalpaqsha", "қарақалпақша"),
    ("ózbekshe", "өзбекше"),
    ("orıssha", "орысша"),
    ("álipbe", "әлипбе"),
    ("latın", "латын"),
    ("kirill", "кирилл"),
    ("qaǵıyda", "қағыйда"),
    ("jazıw", "жазыў"),
    ("oqıw", "оқыў"),
    ("bilim", "билим"),
    ("súwret", "сүўрет"),
    ("anıqlama", "анықлама"),
    ("sáwbet", "сәўбет"),
    ("kategoriya", "категория"),
    // everyday words
    ("sálem", "сәлем"),
    ("raxmet", "рахмет"),
    ("Assalawma", "Ассалаўма"),
    ("áleykum", "әлейкум"),
    ("jaqsı", "жақсы"),
    ("jaman", "жаман"),
    ("úlken", "үлкен"),
    ("kishi", "киши"),
    ("kishkene", "кишкене"),
    ("jas", "жас"),
    ("jańa", "жаңа"),
    ("eski", "ески"),
    ("kóp", "көп"),
    ("az", "аз"),
    ("qáte", "қәте"),
    ("durıs", "дурыс"),
    ("joq", "жоқ"),
    ("awa", "аўа"),
    ("iya", "ия"),
    ("hám", "ҳәм"),
    ("menen", "менен"),
    ("ushın", "ушын"),
    ("tuwralı", "туўралы"),
    ("haqqında", "ҳаққында"),
    ("boyınsha", "бойынша"),
    ("arqalı", "арқалы"),
    ("yamasa", "ямаса"),
    ("biraq", "бирақ"),
    ("eger", "егер"),
    ("sebebi", "себеби"),
    ("sonlıqtan", "сонлықтан"),
    ("Yaǵnıy", "Яғный"),
    ("tek", "тек"),
    ("endi", "енди"),
    ("emes", "емес"),
    ("edi", "еди"),
    ("eken", "екен"),
    ("ne", "не"),
    ("kim", "ким"),
    ("qayda", "қайда"),
    ("qanday", "қандай"),
    ("neshe", "неше"),
    ("men", "мен"),
    ("sen", "сен"),
    ("ol", "ол"),
    ("biz", "биз"),
    ("siz", "сиз"),
    ("olar", "олар"),
    ("el", "ел"),
    ("shet", "шет"),
    ("jer", "жер"),
    ("suw", "суў"),
    ("esik", "есик"),
    ("kitap", "китап"),
    ("awqat", "аўқат"),
    ("nan", "нан"),
    ("shay", "шай"),
    ("gósh", "гөш"),
    ("miywe", "мийўе"),
    ("paxta", "пахта"),
    ("atız", "атыз"),
    ("teńiz", "теңиз"),
    ("kiyim", "кийим"),
    ("waqıt", "ўақыт"),
    ("tiykar", "тийкар"),
    ("tiykarlanǵan", "тийкарланған"),
    ("ózgeris", "өзгерис"),
    ("qabıl", "қабыл"),
    ("etilgen", "етилген"),
    ("bolıp", "болып"),
    ("bolǵan", "болған"),
    ("barǵan", "барған"),
    ("kelgen", "келген"),
    ("degen", "деген"),
    ("sıyaqlı", "сыяқлы"),
    ("házirgi", "ҳәзирги"),
    ("burınǵı", "бурынғы"),
    ("jıynalıs", "жыйналыс"),
    ("dúzilgen", "дүзилген"),
    ("ádettegiden", "әдеттегиден"),
    ("asıqtıradı", "асықтырады"),
    // verbs
    ("islew", "ислеў"),
    ("barıw", "барыў"),
    ("keliw", "келиў"),
    ("alıw", "алыў"),
    ("beriw", "бериў"),
    ("kóriw", "көриў"),
    ("biliw", "билиў"),
    ("jasaw", "жасаў"),
    ("kútiw", "күтиў"),
    ("tólew", "төлеў"),
    ("soraw", "сораў"),
    ("juwap", "жуўап"),
    ("sóylew", "сөйлеў"),
    ("jiberiw", "жибериў"),
    ("qaytıw", "қайтыў"),
];

const KAA_LISTED: &[(&str, &str)] = &[
    ("yanvar", "январь"),
    ("fevral", "февраль"),
    ("aprel", "апрель"),
    ("iyun", "июнь"),
    ("iyul", "июль"),
    ("sentyabr", "сентябрь"),
    ("oktyabr", "октябрь"),
    ("noyabr", "ноябрь"),
    ("dekabr", "декабрь"),
    ("rubl", "рубль"),
    ("Polsha", "Польша"),
    ("kompyuter", "компьютер"),
    ("avtomobil", "автомобиль"),
    ("parol", "пароль"),
    ("ekonomika", "экономика"),
    ("eksport", "экспорт"),
    ("ekspert", "эксперт"),
    ("energiya", "энергия"),
    ("aeroport", "аэропорт"),
    ("poeziya", "поэзия"),
];

const KAA_CYR_TO_LAT: &[(&str, &str)] = &[
    ("ЖУМЫС", "JUMÍS"),
    ("Ыссы", "Íssı"),
    ("ЖЫЛ", "JÍL"),
    ("ҚАРАҚАЛПАҚСТАН", "QARAQALPAQSTAN"),
    ("Шәртнама", "Shártnama"),
    ("ШӘРТНАМА", "SHÁRTNAMA"),
    ("ЯҒНЫЙ", "YAǴNÍY"),
    ("Жоқарғы Кеңес", "Joqarǵı Keńes"),
    ("Нөкис қаласы", "Nókis qalası"),
    ("шет ел", "shet el"),
    ("Өзбекстан Республикасы", "Ózbekstan Respublikası"),
    ("ҲӘЗИР", "HÁZIR"),
];

const KAA_LAT_TO_CYR: &[(&str, &str)] = &[
    // 1994 letters
    ("Nökis", "Нөкис"),
    ("Özbekstan", "Өзбекстан"),
    ("Şärtnama", "Шәртнама"),
    ("tiliñ", "тилиң"),
    ("bolğan", "болған"),
    ("üy", "үй"),
    ("İslew", "Ислеў"),
    // apostrophe letters (1995–2016), any apostrophe
    ("No'kis", "Нөкис"),
    ("Noʼkis", "Нөкис"),
    ("No’kis", "Нөкис"),
    ("O'zbekstan", "Өзбекстан"),
    ("sha'rtnama", "шәртнама"),
    ("tilin'", "тилиң"),
    ("bolg'an", "болған"),
    ("u'y", "үй"),
    ("Ku'n", "Күн"),
    ("sa'wbet", "сәўбет"),
    ("jumi's", "жумыс"),
    // capitals and a mistaken í
    ("JUMÍS", "ЖУМЫС"),
    ("Íssı", "Ыссы"),
    ("jumís", "жумыс"),
    ("QARAQALPAQSTAN", "ҚАРАҚАЛПАҚСТАН"),
    ("SHÁRTNAMA", "ШӘРТНАМА"),
    ("Shártnama", "Шәртнама"),
    ("shet elde", "шет елде"),
    ("mámleketlerdiń", "мәмлекетлердиң"),
    ("WhatsApp", "WhatsApp"),
];

// ---------------------------------------------------------------------------------------------

/// Converts each `(input, expected)` pair; returns the failures, one line each.
fn check<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    convert: impl Fn(&str) -> String,
) -> Vec<String> {
    pairs
        .into_iter()
        .filter_map(|(input, expected)| {
            let got = convert(input);
            (got != expected).then(|| format!("{input} → {got}, expected {expected}"))
        })
        .collect()
}

fn swapped<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Iterator<Item = (&'a str, &'a str)> {
    pairs.iter().map(|&(a, b)| (b, a))
}

/// Runs a direction's tables, requiring at least 200 pairs.
fn direction<'a>(
    tables: Vec<Box<dyn Iterator<Item = (&'a str, &'a str)> + 'a>>,
    convert: impl Fn(&str) -> String,
) {
    let pairs: Vec<(&str, &str)> = tables.into_iter().flatten().collect();
    assert!(pairs.len() >= 200, "only {} pairs", pairs.len());
    let failures = check(pairs, convert);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn uzbek_cyrillic_to_latin() {
    direction(
        vec![
            Box::new(swapped(UZ_RULES)),
            Box::new(swapped(UZ_LISTED)),
            Box::new(UZ_CYR_TO_LAT.iter().copied()),
        ],
        uz_cyr_to_lat,
    );
}

#[test]
fn uzbek_latin_to_cyrillic() {
    direction(
        vec![
            Box::new(UZ_RULES.iter().copied()),
            Box::new(UZ_LISTED.iter().copied()),
            Box::new(UZ_LAT_TO_CYR.iter().copied()),
        ],
        uz_lat_to_cyr,
    );
}

#[test]
fn karakalpak_cyrillic_to_latin() {
    direction(
        vec![
            Box::new(swapped(KAA_RULES)),
            Box::new(swapped(KAA_LISTED)),
            Box::new(KAA_CYR_TO_LAT.iter().copied()),
        ],
        kaa_cyr_to_lat,
    );
}

#[test]
fn karakalpak_latin_to_cyrillic() {
    direction(
        vec![
            Box::new(KAA_RULES.iter().copied()),
            Box::new(KAA_LISTED.iter().copied()),
            Box::new(KAA_LAT_TO_CYR.iter().copied()),
        ],
        kaa_lat_to_cyr,
    );
}

// ---------------------------------------------------------------------------------------------
// Round trips: where the rules alone decide, converting there and back gives the word again.

#[test]
fn rule_words_round_trip_without_the_exceptions_list() {
    let none = Exceptions::empty();
    let mut failures = Vec::new();
    for (rules, latin_v, cyrillic_v) in [
        (UZ_RULES, Variant::UzLatn, Variant::UzCyrl),
        (KAA_RULES, Variant::KaaLatn, Variant::KaaCyrl),
    ] {
        for &(latin, cyrillic) in rules {
            let there = safar::translit::convert(latin, latin_v, cyrillic_v, &none).unwrap();
            let back = safar::translit::convert(&there, cyrillic_v, latin_v, &none).unwrap();
            if there != cyrillic || back != latin {
                failures.push(format!("{latin} → {there} → {back}"));
            }
            let there = safar::translit::convert(cyrillic, cyrillic_v, latin_v, &none).unwrap();
            let back = safar::translit::convert(&there, latin_v, cyrillic_v, &none).unwrap();
            if there != latin || back != cyrillic {
                failures.push(format!("{cyrillic} → {there} → {back}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn listed_words_need_the_list() {
    // Without the list the rules give a different spelling: the entries are not decoration.
    let none = Exceptions::empty();
    for (listed, from, to) in [
        (UZ_LISTED, Variant::UzLatn, Variant::UzCyrl),
        (KAA_LISTED, Variant::KaaLatn, Variant::KaaCyrl),
    ] {
        for &(latin, cyrillic) in listed {
            let by_rule = safar::translit::convert(latin, from, to, &none).unwrap();
            assert_ne!(by_rule, cyrillic, "{latin} needs no entry");
        }
    }
}

#[test]
fn round_trip_of_a_sentence() {
    let latin =
        "Oʻzbekistonda agentliklar chet eldagi ish uchun fuqarolardan pul olishi mumkin emas.";
    let cyrillic = uz_lat_to_cyr(latin);
    assert_eq!(
        cyrillic,
        "Ўзбекистонда агентликлар чет элдаги иш учун фуқаролардан пул олиши мумкин эмас."
    );
    assert_eq!(uz_cyr_to_lat(&cyrillic), latin);

    let latin = "Shet elde qáwipsiz islewińizge járdem beremen.";
    let cyrillic = kaa_lat_to_cyr(latin);
    assert_eq!(cyrillic, "Шет елде қәўипсиз ислеўиңизге жәрдем беремен.");
    assert_eq!(kaa_cyr_to_lat(&cyrillic), latin);
}

#[test]
fn published_sentences_round_trip() {
    // migrant.uz (Uzbek Cyrillic) and ht.gov.uz (Karakalpak Cyrillic).
    let cyrillic = "Чет элга кетган ўзбекистонлик меҳнат мигрантлари сони жорий йилнинг \
                    январь-июнь ойларида 2021 йил якунларига нисбатан 20 фоизга ошди.";
    let latin = uz_cyr_to_lat(cyrillic);
    assert_eq!(
        latin,
        "Chet elga ketgan oʻzbekistonlik mehnat migrantlari soni joriy yilning \
         yanvar-iyun oylarida 2021 yil yakunlariga nisbatan 20 foizga oshdi."
    );
    assert_eq!(uz_lat_to_cyr(&latin), cyrillic);

    let cyrillic = "Алыс сырт еллер туўралы айтпай-ақ, қоңсы Қазақстан ямаса оның аржағы болған \
                    Россияда жумыс ислеў айтқан аўызға аңсаттай болғаны менен ҳақыйқатында ондай емес.";
    let latin = kaa_cyr_to_lat(cyrillic);
    assert_eq!(
        latin,
        "Alıs sırt eller tuwralı aytpay-aq, qońsı Qazaqstan yamasa onıń arjaǵı bolǵan \
         Rossiyada jumıs islew aytqan awızǵa ańsattay bolǵanı menen haqıyqatında onday emes."
    );
    assert_eq!(kaa_lat_to_cyr(&latin), cyrillic);
}

// ---------------------------------------------------------------------------------------------
// Case, apostrophes, old letters

#[test]
fn case_is_kept() {
    assert_eq!(uz_cyr_to_lat("Тошкент"), "Toshkent");
    assert_eq!(uz_cyr_to_lat("ШАРТНОМА"), "SHARTNOMA");
    assert_eq!(uz_cyr_to_lat("Шарт"), "Shart");
    assert_eq!(uz_cyr_to_lat("ШАРТ ВА ЧИПТА"), "SHART VA CHIPTA");
    assert_eq!(uz_cyr_to_lat("Ш"), "Sh");
    assert_eq!(uz_lat_to_cyr("SHARTNOMA"), "ШАРТНОМА");
    assert_eq!(uz_lat_to_cyr("OKTABRDA"), "ОКТЯБРДА");
    assert_eq!(uz_lat_to_cyr("Sex"), "Цех");
    assert_eq!(uz_lat_to_cyr("EʼLON"), "ЭЪЛОН");
    assert_eq!(kaa_cyr_to_lat("ЫЛАЙЫҚ"), "ÍLAYÍQ");
    assert_eq!(kaa_lat_to_cyr("ÍLAYÍQ"), "ЫЛАЙЫҚ");
    assert_eq!(kaa_lat_to_cyr("Ekonomika"), "Экономика");
}

#[test]
fn every_apostrophe_is_folded() {
    for a in safar::translit::APOSTROPHES {
        let word = format!("o{a}qituvchi va ma{a}lumot");
        assert_eq!(uz_lat_to_cyr(&word), "ўқитувчи ва маълумот", "{a:?}");
        assert_eq!(uz_normalize_latin(&word), "oʻqituvchi va maʼlumot", "{a:?}");
    }
}

#[test]
fn karakalpak_case_folding() {
    assert_eq!(
        kaa_to_lowercase("QARAQALPAQSTAN RESPUBLIKASÍ"),
        "qaraqalpaqstan respublikası"
    );
    assert_eq!(
        kaa_to_uppercase("qaraqalpaqstan respublikası"),
        "QARAQALPAQSTAN RESPUBLIKASÍ"
    );
    assert_eq!(kaa_to_lowercase("Íssı, Isler"), "ıssı, isler");
    assert_eq!(kaa_to_uppercase("jıl"), "JÍL");
    assert_eq!(kaa_to_uppercase("til"), "TIL");
    assert_eq!(kaa_to_lowercase("TIL"), "til");
    assert_eq!(kaa_to_uppercase("ǵárezsizlik ńó"), "ǴÁREZSIZLIK ŃÓ");
    // Unicode's own mappings, which are wrong for Karakalpak:
    assert_eq!("JÍL".to_lowercase(), "jíl");
    assert_eq!("jıl".to_uppercase(), "JIL");
}

#[test]
fn old_karakalpak_letters() {
    assert_eq!(
        kaa_normalize_latin("Qaraqalpaqstan Respublikasınıñ Jokarğı Keñesi"),
        "Qaraqalpaqstan Respublikasınıń Jokarǵı Keńesi"
    );
    assert_eq!(
        kaa_normalize_latin("Ma'mleketlerdin' qag'i'ydalari'"),
        "Mámleketlerdiń qaǵıydaları"
    );
    assert_eq!(kaa_normalize_latin("Şet elde ÜY"), "Shet elde ÚY");
    assert_eq!(kaa_normalize_latin("A'LIPBE"), "ÁLIPBE");
    // 2016 text is left as it is.
    let text = "Jumıs usınısın tekseriw, mámleketlerdiń qaǵıydaların biliw.";
    assert_eq!(kaa_normalize_latin(text), text);
}

// ---------------------------------------------------------------------------------------------
// Whole Telegram texts

#[test]
fn telegram_html_keeps_markup_links_and_placeables() {
    let ex = Exceptions::builtin();
    let latin = "<b>Yordam uchun qayerga murojaat qilish mumkin</b>\n\
        Sayt: gov.uz/en/migration va https://mehnat.uz/uz/news?id=7.\n\
        Telegram-bot: @huquqiyyordamuzbot. Yozing: info@migration.uz\n\
        <a href=\"https://t.me/safar_bot?start=ngo1\">Botni oching</a> &amp; /menu yuboring.\n\
        Pasport raqami AA1234567, telefon +7 925 045 4744, 10ta joy.\n\
        Salom, { $name }! { $count ->\n    [one] { $count } ta ish\n   *[other] { $count } ta ish\n}\n\
        <code>yo'q</code> <i>WhatsApp</i> oktabrda.";
    let cyrillic = transliterate(latin, Variant::UzLatn, Variant::UzCyrl, ex).unwrap();
    assert_eq!(
        cyrillic,
        "<b>Ёрдам учун қаерга мурожаат қилиш мумкин</b>\n\
        Сайт: gov.uz/en/migration ва https://mehnat.uz/uz/news?id=7.\n\
        Телеграм-бот: @huquqiyyordamuzbot. Ёзинг: info@migration.uz\n\
        <a href=\"https://t.me/safar_bot?start=ngo1\">Ботни очинг</a> &amp; /menu юборинг.\n\
        Паспорт рақами AA1234567, телефон +7 925 045 4744, 10та жой.\n\
        Салом, { $name }! { $count ->\n    [one] { $count } та иш\n   *[other] { $count } та иш\n}\n\
        <code>yo'q</code> <i>WhatsApp</i> октябрда."
    );
    // And back: Latin inside Cyrillic text (links, handles, WhatsApp) is left alone.
    let back = transliterate(&cyrillic, Variant::UzCyrl, Variant::UzLatn, ex).unwrap();
    assert_eq!(back, latin);
}

#[test]
fn karakalpak_telegram_text() {
    let ex = Exceptions::builtin();
    let latin = "<b>Jalǵan jumıs belgileri</b>\n• Tek Telegram yamasa WhatsApp arqalı sóylesedi. Saytı: gov.uz";
    let cyrillic = transliterate(latin, Variant::KaaLatn, Variant::KaaCyrl, ex).unwrap();
    assert_eq!(
        cyrillic,
        "<b>Жалған жумыс белгилери</b>\n• Тек Телеграм ямаса WhatsApp арқалы сөйлеседи. Сайты: gov.uz"
    );
    assert_eq!(
        transliterate(&cyrillic, Variant::KaaCyrl, Variant::KaaLatn, ex).unwrap(),
        latin
    );
}

#[test]
fn the_shipped_locales_convert_without_touching_markup() {
    // Every Uzbek and Karakalpak text converts, and its tags, placeables and links survive.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let ex = Exceptions::builtin();
    for (dir, from, to) in [
        ("uz", Variant::UzLatn, Variant::UzCyrl),
        ("kaa", Variant::KaaLatn, Variant::KaaCyrl),
    ] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let out = transliterate(&text, from, to, ex).unwrap();
            let marks = |s: &str| -> Vec<String> {
                s.split(['<', '{'])
                    .skip(1)
                    .map(|p| p.split(['>', '}']).next().unwrap_or_default().to_string())
                    .collect()
            };
            assert_eq!(marks(&out), marks(&text), "{}", path.display());
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The exceptions file

#[test]
fn the_shipped_exceptions_file_loads_without_diagnostics() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SHIPPED);
    let mut diags = Diagnostics::default();
    let ex = Exceptions::load(&path, &mut diags).expect("the shipped file loads");
    assert!(diags.0.is_empty(), "{diags}");
    assert_eq!(ex.counts(), Exceptions::builtin().counts());
}

#[test]
fn exceptions_file_errors_have_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("translit-exceptions.yaml");
    std::fs::write(
        &path,
        "# test\n\
         uz:\n\
         \x20 - latin: oktabr\n\
         \x20   cyrillic: октябрь\n\
         \x20 - latin: OKTABR\n\
         \x20   cyrillic: октябрь\n\
         \x20 - latin: sex\n\
         \x20   cyrillic: ''\n\
         kaa:\n\
         \x20 - latin: жумыс\n\
         \x20   cyrillic: жумыс\n",
    )
    .unwrap();
    let mut diags = Diagnostics::default();
    assert!(Exceptions::load(&path, &mut diags).is_none());
    let shown = diags.to_string();
    let p = path.display();
    assert!(
        shown.contains(&format!(
            "{p}:5:12: error: `OKTABR` is already listed under `uz` (line 3)"
        )),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("{p}:8:15: error: `cyrillic:` is empty")),
        "{shown}"
    );
    assert!(
        shown.contains(&format!(
            "{p}:10:12: error: `latin: жумыс` has Cyrillic letters"
        )),
        "{shown}"
    );

    std::fs::write(&path, "uz:\n  - latin: sex\n    cyrilic: цех\n").unwrap();
    let mut diags = Diagnostics::default();
    assert!(Exceptions::load(&path, &mut diags).is_none());
    let d = diags.errors().next().unwrap();
    assert_eq!((d.pos.line, d.path.as_path()), (3, path.as_path()), "{d}");
    assert!(d.message.contains("cyrilic"), "{d}");

    let mut diags = Diagnostics::default();
    assert!(Exceptions::load(&dir.path().join("missing.yaml"), &mut diags).is_none());
    assert!(
        diags.to_string().contains("cannot read the file"),
        "{diags}"
    );
}

#[test]
fn a_loaded_list_changes_the_result() {
    let mut diags = Diagnostics::default();
    let ex = Exceptions::parse(
        Path::new("x.yaml"),
        "uz:\n  - latin: sirkchi\n    cyrillic: циркчи\n",
        &mut diags,
    )
    .unwrap();
    let out = transliterate("Sirkchi keldi", Variant::UzLatn, Variant::UzCyrl, &ex).unwrap();
    assert_eq!(out, "Циркчи келди");
    let out = transliterate(
        "Sirkchi keldi",
        Variant::UzLatn,
        Variant::UzCyrl,
        &Exceptions::empty(),
    )
    .unwrap();
    assert_eq!(out, "Сиркчи келди");
}
