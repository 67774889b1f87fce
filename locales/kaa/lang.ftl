# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

lang-name = Qaraqalpaqsha
lang-picker-prompt = Tildi saylań
lang-changed = Til: Qaraqalpaqsha. Onı qálegen waqıtta /language buyrıǵı menen ózgerte alasız.
