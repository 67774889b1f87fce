# Review status: drafted, awaiting native-speaker review
# Holati: qoralama, ona tili egasi tekshirishi kutilmoqda

lang-name = Oʻzbekcha
lang-picker-prompt = Tilni tanlang
lang-changed = Til: Oʻzbekcha. Uni istalgan vaqtda /language buyrugʻi bilan oʻzgartirishingiz mumkin.
