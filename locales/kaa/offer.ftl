# Review status: drafted, awaiting native-speaker review
# Jaǵdayı: qaralama, ana tilinde sóylewshiniń tekseriwin kútpekte

offer-unavailable =
    Bul botta jumıs usınısların avtomat túrde tekseriw ele tayar emes.

    Házirshe bas menyuda «Jalǵan jumıs belgileri» bólimin ashıń hám usınıstı ózińiz salıstırıń.

    Hesh qashan jumıs ushın pul tólemeń hám pasportıńızdı hesh kimge bermeń.
