# Review status: drafted, awaiting native-speaker review

## Publishing scripts and texts from Telegram (admins only, see README: "Publishing from Telegram").

publish-admins-only = Ssenariy va matnlarni faqat bot administratorlari (--admins) e’lon qila oladi.
publish-failed = Bo‘lmadi: ichki xato (tafsilotlar bot jurnalida). Hech narsa e’lon qilinmadi, avvalgi versiya ishlayapti.
publish-refused-kind = «{ $what }» fayli qabul qilinmadi: .ftl, .yaml yoki dialogues/ va locales/ papkalari bor .zip yuboring.
publish-refused-path = «{ $what }» yo‘li qabul qilinmadi: fayllar faqat dialogues/ (.yaml) va locales/uz|ru|kaa/ (.ftl) ichida bo‘lishi mumkin, «..», absolyut yo‘l va havolalarsiz.
publish-refused-ambiguous = «{ $what }» qaysi til uchun ekani noma’lum. Fayl izohiga yo‘lni yozing, masalan: ru/{ $what }
publish-refused-too-large = Fayl juda katta: ko‘pi bilan { $what } KB.
publish-refused-bad-zip = Arxiv o‘qilmadi (buzilgan, shifrlangan yoki zip emas). Hech narsa o‘zgarmadi.
publish-refused-zip-too-large = Arxiv ochilganda juda katta: ko‘pi bilan { $what } MB.
publish-refused-zip-too-many = Arxivda fayllar juda ko‘p: ko‘pi bilan { $what } ta.
publish-refused-link = Arxivda havola (symlink) bor: «{ $what }». Havolalar qabul qilinmaydi.
publish-refused-zip-empty = Arxivda dialogues/ va locales/ papkalarida .ftl yoki .yaml fayl yo‘q.
publish-refused-not-text = «{ $what }» UTF-8 matn emas. Faylni UTF-8 sifatida saqlab, qayta yuboring.
publish-download-failed = Faylni Telegramdan yuklab bo‘lmadi. Uni yana bir bor yuboring.
publish-no-change = Yuborilgan fayllar e’lon qilinganlardan farq qilmaydi: e’lon qiladigan narsa yo‘q.
publish-preview =
    <b>Qoralama №{ $candidate }</b>: joriy fayllar va yuborilganlar, safar check kabi tekshirildi.
    O‘zgargan fayllar: { $count }
    <pre>{ $files }</pre>
publish-preview-skipped = O‘tkazib yuborildi (bot mazmuni emas): { $names }
publish-preview-errors =
    ❌ <b>Xatolar: { $count }</b>
    <pre>{ $list }</pre>
publish-preview-errors-more = Yana { $more } ta xato — to‘liq ro‘yxat quyidagi faylda.
publish-preview-warnings =
    ⚠️ Ogohlantirishlar: { $count }
    <pre>{ $list }</pre>
publish-preview-warnings-other = Siz o‘zgartirmagan fayllardagi ogohlantirishlar: { $count } (to‘liq ro‘yxat: safar check).
publish-preview-texts =
    { $lang } matnlari: qo‘shildi { $added }, o‘zgardi { $changed }, o‘chirildi { $removed }
    <pre>{ $names }</pre>
publish-preview-nodes =
    Tugunlar: qo‘shildi { $added }, o‘chirildi { $removed }
    <pre>{ $names }</pre>
publish-preview-buttons =
    Tugmalar: qo‘shildi { $added }, o‘chirildi { $removed }
    <pre>{ $names }</pre>
publish-preview-offer = Taklif tekshiruvi qoidalari o‘zgardi: qoidalar { $rules-before } → { $rules }, birikmalar { $combos-before } → { $combos }, agentliklar { $agencies-before } → { $agencies }.
publish-preview-distress = Xavf iboralari o‘zgardi: { $before } → { $after } (o‘ziga zarar yetkazish haqida: { $harm-before } → { $harm }).
publish-preview-coverage = Matnlar qamrovi: { $list }
publish-preview-ready = Xato yo‘q. «E’lon qilish» — foydalanuvchilar buni darhol ko‘radi; «Bekor qilish» — hech narsa o‘zgarmaydi. Yana fayl yuborsangiz, shu qoralamaga qo‘shiladi.
publish-preview-blocked = Xatolar bor ekan, e’lon qilib bo‘lmaydi. Tuzatib, faylni qayta yuboring (qoralamadagi avvalgisining o‘rnini oladi) yoki «Bekor qilish»ni bosing.
publish-btn-publish = ✅ E’lon qilish
publish-btn-cancel = ✖️ Bekor qilish
publish-stale = Bu qoralama endi amal qilmaydi (e’lon qilingan, bekor qilingan, yangisi bilan almashtirilgan yoki bot qayta ishga tushgan). Faylni qayta yuboring.
publish-not-yours = Bu boshqa administratorning qoralamasi: uni faqat o‘sha administrator e’lon qilishi yoki bekor qilishi mumkin.
publish-has-errors = Bu qoralamada xatolar bor: uni e’lon qilib bo‘lmaydi.
publish-rebased = Siz qoralamani ko‘rayotganingizda e’lon qilingan mazmun o‘zgardi. Fayllaringiz yangi versiya ustiga qayta qo‘yildi va tekshirildi — yana bir ko‘rib chiqing:
publish-done = ✅ E’lon qilindi: { $version }-versiya. Foydalanuvchilar yangi matnlarni allaqachon ko‘rmoqda; fayllar diskka yozildi va qayta ishga tushirilgandan keyin ham saqlanadi.
publish-refused-live =
    Fayllar yozildi, lekin yuklanmadi, shuning uchun avvalgi versiya qaytarildi:
    <pre>{ $list }</pre>
publish-cancelled = №{ $candidate } qoralama bekor qilindi, hech narsa o‘zgarmadi.
publish-versions = <b>Mazmun versiyalari</b> (yangilari yuqorida; /rollback RAQAM — versiyani qaytarish):
publish-versions-line = { $live ->
        [yes] ▶️
       *[no] •
    } <b>{ $version }</b> · { $when } · { $kind ->
        [baseline] serverdagi fayllar (Telegramdan tashqari o‘zgartirilgan)
        [rollback] { $of }-versiyaga qaytish, { $admin }: { $summary }
       *[upload] { $admin }: { $summary }
    }
publish-versions-drift = ⚠️ Serverdagi fayllar oxirgi versiyadan farq qiladi (Telegramdan tashqari o‘zgartirilgan). Keyingi e’lon avval ularni alohida versiya sifatida saqlaydi.
publish-versions-none = Telegramdan hali hech narsa e’lon qilinmagan: serverdagi fayllar ishlayapti. Boshlash uchun .ftl, .yaml yoki .zip yuboring.
publish-rollback-usage = Shunday yozing: /rollback RAQAM (raqamlar /versions da).
publish-rollback-unknown = { $version }-versiya yo‘q. Raqamlar /versions da.
publish-rollback-same = { $version }-versiya hozir e’lon qilingan.
publish-rollback-refused =
    { $version }-versiyani qaytarib bo‘lmaydi: hozirgi tekshiruv qoidalari bilan unda { $count } ta xato bor. Hech narsa o‘zgarmadi.
    <pre>{ $list }</pre>
publish-rolled-back = ✅ { $of }-versiya qaytarildi: { $version }-versiya sifatida e’lon qilindi.
publish-export = E’lon qilingan mazmun: { $files } ta fayl{ $version ->
        [0] {""}
       *[other] , { $version }-versiya
    }. Oching, tuzating va arxivni qayta yuboring.
publish-audit-upload = 📥 { $admin } ({ $admin_id }) №{ $candidate } qoralamani yubordi: { $files } — { $ok ->
        [yes] xatosiz
       *[no] xatolar bilan
    }
publish-audit-refused = 🚫 { $admin } ({ $admin_id }) «{ $file }» yubordi — qabul qilinmadi ({ $reason })
publish-audit-published = 📤 { $admin } ({ $admin_id }) { $version }-versiyani e’lon qildi: { $summary }
publish-audit-rollback = ↩️ { $admin } ({ $admin_id }) { $of }-versiyani qaytardi — { $version }-versiya sifatida e’lon qilindi
