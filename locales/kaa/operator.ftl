# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

# Shown when no operators' group is configured.
operator-unavailable = Bul bot arqalı adam menen sóylesiw ele sazlanbaǵan. Migraciya agentligi menen baylanısıw ushın bas menyuda «Járdem: baylanıslar» bólimin ashıń.

## The migrant's side of the hotline.

hotline-consent =
    <b>Isenim telefonı operatorı menen sóylesiw</b>
    Operator — migrantlarǵa járdem beretuǵın shólkem xızmetkeri. Ol tómendegilerdi kóredi:
    • atıńız (Telegramdaǵı);
    • tańlaǵan tilińiz;
    • bunnan keyin usı jerge jazǵanlarıńızdıń hámmesi (tekst, súwret, dawıslı xabar).
hotline-consent-offer = Operator siz házir teksergen jumıs usınısınıń tekstin de kóredi.
hotline-consent-confirm = Telefon nomerińiz hám Telegram akkauntıńız kórsetilmeydi. Razısız ba?
hotline-btn-agree = ✅ Razıman
hotline-btn-cancel = ✖️ Biykar etiw
hotline-distress = Siz qáwip astında bolıwıńız múmkin. Házir adam menen sóylese alasız.
hotline-describe = Máseleńizdi qısqasha jazıń (bir-eki gáp). Jazbasańız da boladı — «Ótkerip jiberiw»di basıń.
hotline-btn-skip = ⏭ Ótkerip jiberiw
hotline-cancelled = Biykar etildi. Hesh nárse jiberilmedi.
hotline-opened = Múrájatıńızdıń nomeri: <b>#{ $case }</b>. Endi usı jerge jazǵanlarıńız operatorǵa baradı.
hotline-expect-open = Operator tez arada juwap beredi. Kútip turıń hám bul chattı jappań.
hotline-expect-closed = Házir jumıs waqtınan tısqarı. Operator { $day } kúni saat { $time } den keyin juwap beredi.
hotline-rejoined = Siz qaytadan operator menen chattasız (múrájat <b>#{ $case }</b>). Jazıń — xabarıńız operatorǵa baradı.
hotline-in-chat = Siz operator menen chattasız (múrájat <b>#{ $case }</b>). Jazıń — xabarıńız operatorǵa baradı.
hotline-leave-ask = Operator menen chattan shıǵasız ba? Múrájat <b>#{ $case }</b> ashıq qaladı: /operator arqalı qayta kire alasız.
hotline-btn-leave = ↩️ Awa, menyuǵa shıǵıw
hotline-btn-stay = 💬 Yaq, chatta qalıw
hotline-left = Chattan shıqtıńız. Múrájat <b>#{ $case }</b> ashıq: operatordıń juwabı usı jerge keledi. Qaytıw ushın /operator jiberiń.
hotline-stay = Jaqsı, chatta qalasız. Jazıń — xabarıńız operatorǵa baradı.
hotline-left-chat = (Operator menen chattan shıqtıńız; múrájat <b>#{ $case }</b> ashıq. Qaytıw ushın /operator.)
hotline-from-operator =
    💬 <b>Isenim telefonı</b> (múrájat #{ $case }):
    { $text }
hotline-from-operator-edited =
    ✏️ <b>Isenim telefonı</b> (múrájat #{ $case }), dúzetilgen xabar:
    { $text }
hotline-from-operator-media = 💬 <b>Isenim telefonı</b> (múrájat #{ $case })
hotline-taken = Operator múrájatıńızdı (#{ $case }) aldı hám sizge jazadı.
hotline-released = Múrájatıńız (#{ $case }) basqa operatorǵa berildi. Biraz kútiń.
hotline-not-relayed = Múrájatıńız áldeqashan jabılǵan, xabarıńız operatorǵa jiberilmedi. Jańa múrájat ushın /operator jiberiń.
hotline-closed = Múrájat <b>#{ $case }</b> jabıldı. Múrájat etkenińiz ushın raxmet! Járdemdi 1 den 5 ke shekem bahalań:
hotline-btn-rate = { $stars } ⭐
hotline-rated = Bahańız ushın raxmet!
hotline-operators-unreachable = ⚠️ <b>#{ $case }</b> múrájatı boyınsha xabarıńız operatorlarǵa jetip barmadı: bizde texnikalıq mashqala bar. Biz bul haqqında xabar berdik. Mashqala dúzetilgenshe járdem ushın tikkeley múrájat etiń:
hotline-forget-ask = Safar siz haqqıńızda saqlaǵan hámme nárseni — xabarlarıńız hám jeke maǵlıwmatlarıńızdı — óshireyin be? Ashıq múrájat jabıladı. Bunı qaytarıp bolmaydı.
hotline-btn-forget = 🗑 Awa, hámmesin óshiriw
hotline-btn-keep = Yaq, qaldırıw
hotline-forgotten = Hámmesi óshirildi. Qaytadan baslaw ushın /start jiberiń.
hotline-forget-kept = Hesh nárse óshirilmedi.

## The operators' group.

ops-card =
    <b>Múrájat #{ $case }</b> · { $priority ->
        [urgent] 🔴 shuǵıl
        [high] 🟠 joqarı
       *[normal] ⚪️ ápiwayı
    } · til: { $lang }
    Jaǵdayı: { $status ->
        [waiting] kútpekte
        [active] { $operator } islep atır
       *[closed] jabılǵan
    }
    Atı: { $name }
    Tekserilgen usınıs: { $risk ->
        [none] joq
       *[other] qáwip { $risk }; belgiler: { $flags }
    }
    Táriyip: { $description }
    Kategoriyalar: { $categories }
    Baǵdarlanǵan: { $referrals }
    Ashılǵanına { $age } minut boldı.
ops-reminder = ⏰ Múrájat #{ $case } ele kútpekte.
ops-btn-take = ✋ Alıw
ops-btn-take-case = ✋ #{ $case } alıw
ops-offer =
    Múrájat #{ $case }: paydalanıwshı teksergen jumıs usınısı:
    <blockquote>{ $text }</blockquote>
ops-from-user = #{ $case } · { $name }
ops-user-message =
    #{ $case } · <b>{ $name }</b>:
    { $text }
ops-user-edited =
    ✏️ #{ $case } · <b>{ $name }</b> xabarın dúzetti:
    { $text }
ops-error = Keshiriń, ámel orınlanbadı (ishki qáte). Qayta urınıp kóriń.
ops-taken = Múrájat #{ $case } ti { $operator } aldı.
ops-taken-by-other = Múrájat #{ $case } ti { $operator } áldeqashan alǵan.
ops-case-closed = Múrájat #{ $case } jabılǵan.
ops-case-not-found = #{ $case } nomerli múrájat joq.
ops-case-not-taken = Múrájat #{ $case } ti ele hesh kim almaǵan.
ops-queue = Kútip turǵan múrájatlar: { $count }.
ops-queue-line = #{ $case } · { $priority } · { $lang } · { $age } min.
ops-case-usage = Jazıń: /case NOMER (mısalı, /case 12) yamasa múrájat ishinde /case.
ops-anonymous = Bot anonim yamasa topar atınan jiberilgen xabarlardı paydalanıwshıǵa jibere almaydı: juwap tek operatordan bolıwı kerek. Administrator huqıqlarıńızda «Anonimlik»ti óshiriń hám qayta jazıń.
ops-help =
    <b>Operator buyrıqları</b>
    /queue — kútip turǵan múrájatlar
    /case N — múrájattı kóriw
    Múrájat ishinde (onıń temasında yamasa xabarına juwap retinde):
    tekst yamasa súwret — paydalanıwshıǵa jiberiledi
    /note tekst — ishki eskertpe (paydalanıwshı kórmeydi)
    /release — gezekke qaytarıw
    /close nátiyje — jabıw (informed, referred, offer_reported, emergency_referred, no_response, other)
ops-help-toolkit =
    <b>Operator quralları</b>
    /tag kategoriya… — múrájat ne haqqında (/close ushın kerek); /untag — alıp taslaw
    /refer shólkem — shólkem baylanısı paydalanıwshıǵa (/refer — dizim)
    /send túyin — bot beti paydalanıwshıǵa (/send sóz — betti tabıw)
    /snip at — tayar qısqa juwap (/snip — dizim)
    /block [saat] sebep — paydalanıwshı xabarları endi kelmeydi; /unblock — alıp taslaw
    Hámme jerde: /mine — meniń múrájatlarım; /take N — múrájattı kásiplesten alıw (administrator)
    /confirm N, /reject N — aldaw haqqında xabar; /unconfirm baylanıs yamasa kompaniya atı
ops-no-case = Bul buyrıq múrájat ishinde isleydi: múrájat temasında jazıń yamasa onıń xabarına juwap beriń.
ops-released = Múrájat #{ $case } gezekke qaytarıldı ({ $operator }).
ops-note-usage = Jazıń: /note eskertpe teksti
ops-note-saved = Eskertpe saqlandı (#{ $case }). Paydalanıwshı onı kórmeydi.
ops-close-usage = Nátiyjeni jazıń: /close NÁTIYJE. Nátiyjeler: { $outcomes }
ops-closed = Múrájat #{ $case } jabıldı: { $outcome } ({ $operator }).
ops-user-blocked = ⚠️ #{ $case }: paydalanıwshı bottı bloklaǵan, xabar jetkizilmedi.
ops-delivery-failed = ⚠️ #{ $case }: xabar paydalanıwshıǵa jetkizilmedi (Telegram qátesi). Keyinirek qayta jazıń.
ops-rated = #{ $case }: paydalanıwshınıń bahası { $stars } ⭐
ops-forgotten = #{ $case }: paydalanıwshı maǵlıwmatların óshiriwdi soradı. Múrájat jabıldı.
