# An example alert (see README.md in this folder). Not sent unless an admin sends it.
# `buttons` (optional): pages of the scripts shown as buttons under it, as `script:node`.
uz = <b>Ogoh boʻling!</b> Chet elda ish vaʼda qilib, oldindan pul soʻrayotganlar bor. Toʻlashdan oldin taklifni Safar botida tekshiring: /check
ru = <b>Осторожно!</b> Появились люди, которые обещают работу за границей и просят деньги заранее. Прежде чем платить, проверьте предложение в Safar: /check
kaa = <b>Abaylań!</b> Shet elde jumıs wáde etip, aldın ala pul soraytuǵınlar bar. Tólewden aldın usınıstı Safar botında tekseriń: /check
buttons = before:agency before:fees
