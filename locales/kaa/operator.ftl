# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

operator-unavailable = Bul bot arqalı adam menen sóylesiw ele islemeydi. Migraciya agentligi menen baylanısıw ushın bas menyuda «Járdem: baylanıslar» bólimin ashıń.
