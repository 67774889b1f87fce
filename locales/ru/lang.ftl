# Review status: drafted, awaiting native-speaker review

lang-name = Русский
lang-picker-prompt = Выберите язык
lang-changed = Язык: русский. Его можно сменить в любой момент командой /language.
