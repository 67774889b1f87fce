# Review status: drafted, awaiting native-speaker review

## Publishing scripts and texts from Telegram (admins only, see README: "Publishing from Telegram").

publish-admins-only = Scenariy hám tekstlerdi tek bot administratorları (--admins) járiyalay aladı.
publish-failed = Bolmadı: ishki qátelik (tolıǵıraq bot jurnalında). Hesh nárse járiyalanbadı, aldıńǵı versiya islep tur.
publish-refused-kind = «{ $what }» faylı qabıl etilmedi: .ftl, .yaml yamasa dialogues/ hám locales/ papkaları bar .zip jiberiń.
publish-refused-path = «{ $what }» jolı qabıl etilmedi: fayllar tek dialogues/ (.yaml) hám locales/uz|ru|kaa/ (.ftl) ishinde bola aladı, «..», absolyut jol hám siltemelersiz.
publish-refused-ambiguous = «{ $what }» qaysı til ushın ekeni belgisiz. Fayl túsindirmesine joldı jazıń, mısalı: ru/{ $what }
publish-refused-too-large = Fayl júdá úlken: kóbi menen { $what } KB.
publish-refused-bad-zip = Arxiv oqılmadı (buzılǵan, shifrlanǵan yamasa zip emes). Hesh nárse ózgermedi.
publish-refused-zip-too-large = Arxiv ashılǵanda júdá úlken: kóbi menen { $what } MB.
publish-refused-zip-too-many = Arxivte fayllar júdá kóp: kóbi menen { $what }.
publish-refused-link = Arxivte silteme (symlink) bar: «{ $what }». Siltemeler qabıl etilmeydi.
publish-refused-zip-empty = Arxivte dialogues/ hám locales/ papkalarında .ftl yamasa .yaml fayl joq.
publish-refused-not-text = «{ $what }» UTF-8 tekst emes. Fayldı UTF-8 retinde saqlap, qayta jiberiń.
publish-download-failed = Fayldı Telegramnan júklep alıw múmkin bolmadı. Onı jáne bir ret jiberiń.
publish-no-change = Jiberilgen fayllar járiyalanǵanlardan parıq qılmaydı: járiyalaytuǵın nárse joq.
publish-preview =
    <b>Qaralama №{ $candidate }</b>: házirgi fayllar hám jiberilgenler, safar check sıyaqlı tekserildi.
    Ózgergen fayllar: { $count }
    <pre>{ $files }</pre>
publish-preview-skipped = Ótkizip jiberildi (bot mazmunı emes): { $names }
publish-preview-errors =
    ❌ <b>Qátelikler: { $count }</b>
    <pre>{ $list }</pre>
publish-preview-errors-more = Jáne { $more } qátelik — tolıq dizim tómendegi faylda.
publish-preview-warnings =
    ⚠️ Eskertiwler: { $count }
    <pre>{ $list }</pre>
publish-preview-warnings-other = Siz ózgertpegen fayllardaǵı eskertiwler: { $count } (tolıq dizim: safar check).
publish-preview-texts =
    { $lang } tekstleri: qosıldı { $added }, ózgerdi { $changed }, óshirildi { $removed }
    <pre>{ $names }</pre>
publish-preview-nodes =
    Túyinler: qosıldı { $added }, óshirildi { $removed }
    <pre>{ $names }</pre>
publish-preview-buttons =
    Túymeler: qosıldı { $added }, óshirildi { $removed }
    <pre>{ $names }</pre>
publish-preview-offer = Usınıs tekseriw qaǵıydaları ózgerdi: qaǵıydalar { $rules-before } → { $rules }, birikpeler { $combos-before } → { $combos }, agentlikler { $agencies-before } → { $agencies }.
publish-preview-distress = Qáwip sózleri ózgerdi: { $before } → { $after } (ózine ziyan keltiriw haqqında: { $harm-before } → { $harm }).
publish-preview-coverage = Tekstler qamtıwı: { $list }
publish-preview-ready = Qátelik joq. «Járiyalaw» — paydalanıwshılar bunı dárhal kóredi; «Biykarlaw» — hesh nárse ózgermeydi. Jáne fayl jiberseńiz, usı qaralamaǵa qosıladı.
publish-preview-blocked = Qátelikler bar bolǵanda járiyalawǵa bolmaydı. Dúzetip, fayldı qayta jiberiń (qaralamadaǵı aldıńǵısınıń ornın aladı) yamasa «Biykarlaw»dı basıń.
publish-btn-publish = ✅ Járiyalaw
publish-btn-cancel = ✖️ Biykarlaw
publish-stale = Bul qaralama endi ámel etpeydi (járiyalanǵan, biykarlanǵan, jańası menen almastırılǵan yamasa bot qayta iske túsken). Fayldı qayta jiberiń.
publish-not-yours = Bul basqa administratordıń qaralaması: onı tek sol administrator járiyalay yamasa biykarlay aladı.
publish-has-errors = Bul qaralamada qátelikler bar: onı járiyalawǵa bolmaydı.
publish-rebased = Siz qaralamanı kórip atırǵanıńızda járiyalanǵan mazmun ózgerdi. Fayllarıńız jańa versiya ústine qayta qoyıldı hám tekserildi — jáne bir kórip shıǵıń:
publish-done = ✅ Járiyalandı: { $version }-versiya. Paydalanıwshılar jańa tekstlerdi álleqashan kórip atır; fayllar diskke jazıldı hám qayta iske túsirilgennen keyin de saqlanadı.
publish-refused-live =
    Fayllar jazıldı, biraq júklenbedi, sonlıqtan aldıńǵı versiya qaytarıldı:
    <pre>{ $list }</pre>
publish-cancelled = №{ $candidate } qaralama biykarlandı, hesh nárse ózgermedi.
publish-versions = <b>Mazmun versiyaları</b> (jańaları joqarıda; /rollback NOMER — versiyanı qaytarıw):
publish-versions-line = { $live ->
        [yes] ▶️
       *[no] •
    } <b>{ $version }</b> · { $when } · { $kind ->
        [baseline] serverdegi fayllar (Telegramnan tıs ózgertilgen)
        [rollback] { $of }-versiyaǵa qaytıw, { $admin }: { $summary }
       *[upload] { $admin }: { $summary }
    }
publish-versions-drift = ⚠️ Serverdegi fayllar sońǵı versiyadan parıq qıladı (Telegramnan tıs ózgertilgen). Keyingi járiyalaw aldın olardı bólek versiya retinde saqlaydı.
publish-versions-none = Telegramnan ele hesh nárse járiyalanbaǵan: serverdegi fayllar islep tur. Baslaw ushın .ftl, .yaml yamasa .zip jiberiń.
publish-rollback-usage = Bılay jazıń: /rollback NOMER (nomerler /versions ta).
publish-rollback-unknown = { $version }-versiya joq. Nomerler /versions ta.
publish-rollback-same = { $version }-versiya házir járiyalanǵan.
publish-rollback-refused =
    { $version }-versiyanı qaytarıwǵa bolmaydı: házirgi tekseriw qaǵıydaları menen onda { $count } qátelik bar. Hesh nárse ózgermedi.
    <pre>{ $list }</pre>
publish-rolled-back = ✅ { $of }-versiya qaytarıldı: { $version }-versiya retinde járiyalandı.
publish-export = Járiyalanǵan mazmun: { $files } fayl{ $version ->
        [0] {""}
       *[other] , { $version }-versiya
    }. Ashıń, dúzetiń hám arxivti qayta jiberiń.
publish-audit-upload = 📥 { $admin } ({ $admin_id }) №{ $candidate } qaralamanı jiberdi: { $files } — { $ok ->
        [yes] qáteliksiz
       *[no] qátelikler menen
    }
publish-audit-refused = 🚫 { $admin } ({ $admin_id }) «{ $file }» jiberdi — qabıl etilmedi ({ $reason })
publish-audit-published = 📤 { $admin } ({ $admin_id }) { $version }-versiyanı járiyaladı: { $summary }
publish-audit-rollback = ↩️ { $admin } ({ $admin_id }) { $of }-versiyanı qaytardı — { $version }-versiya retinde járiyalandı
