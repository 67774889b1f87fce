# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

menu-welcome = Assalawma áleykum! Men — Safar. Shet elde qáwipsiz islewińizge járdem beremen: jumıs usınısın tekseriw, mámleketlerdiń qaǵıydaların biliw hám kimge múrájat etiwdi tabıw.
menu-stale = Keshiriń, bul menyu eskirgen. Mine, bas menyu.
menu-btn-main = 🏠 Bas menyu
main-menu = Bas menyu. Sizge ne kerek?

main-btn-check-offer = 🔍 Jumıs usınısın tekseriw
main-btn-before = 🧳 Ketiwden aldın
main-btn-countries = 🌍 Shet elde jumıs: mámleketler
main-btn-rights = ⚖️ Adam sawdası hám huqıqlarıńız
main-btn-trouble = 🆘 Házir qıyın jaǵdaydaman
main-btn-quiz = ❓ Test: bul usınıs qáwipsiz be?
main-btn-contacts = 📞 Járdem: baylanıslar
main-btn-operator = 💬 Adam menen sóylesiw
main-btn-alerts = 🔔 Eskertiwler
main-btn-language = 🌐 Tildi ózgertiw
