# Review status: drafted, awaiting native-speaker review
# Snippets: short prepared answers operators send with `/snip NAME` (the message id is the
# name). The same names in uz, ru and kaa. No facts here (numbers, handles, web addresses):
# `safar check` refuses them, because a snippet has no source.

wait = Raxmet, xabarıńızdı aldıq. Operator kórip shıǵıp atır hám tez arada juwap beredi — ótinish, bul chattı jappań.
contract-photo = Ótinish, shártnamanıń yamasa jumıs beriwshi menen jazısqan xatlardıń súwretin jiberiń. Onda basqa adamlardıń jeke maǵlıwmatları kórinse, olardı jabıń.
keep-passport = Pasportıńızdı hesh kimge — jumıs beriwshige de, dáldalǵa da — bermeń. Jumıs beriwshi hújjetlerińizdi alıp qoyıwǵa haqılı emes. Pasport nusqasın túpnusqadan bólek saqlań.
no-fee = Hadal jumıs beriwshi jumısqa alıw hám rásmiylestiriw qárejetlerin ózi tóleydi. Jumıs ushın aldınnan pul sorasa, bul aldaw belgisi: pul tólemeń hám awdarmań.
safe-now = Házir qáwipsiz jerdesiz be? Sizge qorqıtsa yamasa shıǵarmasa, aldın sol mámlekettiń tez járdem nomerine qońıraw etiń, keyin bizge jazıń.
where-now = Házir qaysı mámleket hám qaysı qalada otırsız? Sonda qasıńızda kim járdem bere alatuǵının tabamız.
