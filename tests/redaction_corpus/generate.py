"""Writes the evaluation corpus (cases/*.json): invented people only, varied wording and structure.

    python -m tests.redaction_corpus.generate

Each case holds what the intake form records (``recorded``), a free-text
account, and ``must_not_survive``: every identifying string in the account,
whether a field records it (``recorded: true``) or not. Names are random
combinations of common given names and surnames (no real person); sentence
frames are many and mixed per case, so the corpus measures the general case
rather than one phrasing. A fixed seed keeps the files stable.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases"

RU_M = ["Артём", "Глеб", "Денис", "Егор", "Кирилл", "Матвей", "Олег", "Роман", "Семён", "Ярослав", "Фёдор", "Вадим"]
RU_F = ["Алёна", "Вероника", "Дарина", "Ксения", "Полина", "Таисия", "Злата", "Милана", "Ульяна", "Эльвира"]
RU_SUR = ["Громов", "Сеченов", "Лужин", "Рябцев", "Колесников", "Ершов", "Пахомов", "Дроздов", "Трофимов", "Белоусов",
          "Зимин", "Шестаков", "Прудников", "Кравцов", "Молчанов", "Солодов", "Векшин", "Тарасенков"]
RU_PATR = ["Игоревич", "Олегович", "Викторович", "Андреевич", "Павлович", "Сергеевич"]
UK_M = ["Тарас", "Остап", "Богдан", "Назар", "Олексій", "Юрій", "Євген", "Святослав"]
UK_F = ["Дар'я", "Оксана", "Соломія", "Ярина", "Мар'яна", "Олеся", "Зоряна", "Наталія"]
UK_SUR = ["Коваленко", "Бондарчук", "Ткачук", "Мельничук", "Об'єдков", "Гнатюк", "Кравець", "Петренко", "Савчук",
          "Литвиненко", "Марчук", "Поліщук"]
KK_M = ["Данияр", "Бауыржан", "Мақсат", "Ерлан", "Нұржан", "Асхат", "Талғат", "Олжас", "Санжар", "Қайрат"]
KK_F = ["Айгүл", "Асель", "Жанар", "Меруерт", "Назерке", "Салтанат", "Гүлжан", "Айжан"]
KK_SUR = ["Жаксыбеков", "Сейткалиев", "Нурпеисов", "Ермеков", "Байжанов", "Тулегенов", "Омарбеков", "Садыкова",
          "Искакова", "Абдрахманов"]
CE_M = ["Ӏаьлий", "Ӏийса", "Хьасан", "Мовсар", "Апти", "Зелимхан", "Ваха", "Лечи"]
CE_SUR = ["Мусаев", "Эдилов", "Дадаев", "Бисултанов", "Хасиев", "Мадаев"]
EN_GIVEN = ["Peter", "Laura", "Daniel", "Martha", "Oliver", "Grace", "Simon", "Helen"]
EN_SUR = ["Hartley", "Whitcombe", "Brennan", "Ashdown", "Fairbrook", "Lindqvist", "Morrow", "Pemberton"]
TRANSLIT = {"Трофимов": ["Trofimov", "Trofimow", "Trofimoff"], "Громов": ["Gromov", "Gromow", "Gromoff"],
            "Дроздов": ["Drozdov", "Drosdow", "Drozdoff"], "Зимин": ["Zimin", "Simin", "Zimine"],
            "Ершов": ["Ershov", "Jerschow", "Erchov"], "Пахомов": ["Pakhomov", "Pachomow", "Pakhomoff"]}
DIMIN = {"Евгений": ["Женя", "Жене", "Женей", "Жека"], "Дмитрий": ["Дима", "Димой", "Митя"],
         "Александр": ["Саша", "Сашей", "Саня"], "Алексей": ["Лёша", "Лёше", "Лёха"], "Сергей": ["Серёжа", "Серёге"]}
RU_CASES = {"gen": "а", "dat": "у", "ins": "ым", "pre": "е"}
KK_END = {"gen": ["ның", "нің", "дың", "дің", "тың"], "dat": ["ға", "ге", "қа", "ке"], "ins": ["мен", "бен", "пен"],
          "acc": ["ды", "ді", "ты", "ті", "ны"]}
FILLER_RU = ["Меня остановили у выхода из метро.", "Проверка документов длилась три часа.", "Мне не дали позвонить адвокату.",
             "Протокол я не подписывал.", "Суд прошёл за двадцать минут.", "Переводчика не было.",
             "Мне сказали, что рейс уже завтра.", "Я боюсь возвращаться.", "Повестку принесли в сентябре.",
             "Жена плакала у здания суда.", "Сначала всё было спокойно.", "Потом начались звонки с угрозами."]
FILLER_UK = ["Мене зупинили біля вокзалу.", "Документи перевіряли кілька годин.", "Адвоката до мене не пустили.",
             "Суд тривав пів години.", "Я боюся повертатися.", "Мені погрожували телефоном."]
FILLER_KK = ["Мені вокзалдың жанында тоқтатты.", "Құжаттарды үш сағат тексерді.", "Адвокатқа хабарласуға рұқсат бермеді.",
             "Сот жиырма минутқа созылды.", "Мен елге қайтудан қорқамын."]
FILLER_EN = ["I was stopped near the bus station.", "The check took three hours.", "Nobody explained the charge.",
             "The hearing lasted twenty minutes.", "I am afraid of being sent back.", "My phone was taken."]


def inflect(surname: str, case: str) -> str:
    if surname.endswith(("ов", "ев", "ин")):
        return surname + RU_CASES[case]
    if surname.endswith("а"):
        return surname[:-1] + {"gen": "ой", "dat": "ой", "ins": "ой", "pre": "ой"}[case]
    return surname


def kk(name: str, case: str, rng: random.Random) -> str:
    return name + rng.choice(KK_END[case])


def iin(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(11)]
        d[:6] = [int(c) for c in f"{rng.randint(70, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"]
        c = sum(d[i] * (i + 1) for i in range(11)) % 11
        if c == 10:
            c = sum(d[i] * ((i + 2) % 11 + 1) for i in range(11)) % 11
        if c != 10:
            return "".join(map(str, d)) + str(c)


def phone(rng: random.Random, style: int) -> str:
    op = rng.choice(["701", "702", "705", "707", "747", "771", "777"])
    a, b, c = rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99)
    return [f"8 ({op}) {a}-{b}-{c}", f"8{op}{a}{b}{c}", f"+7 {op} {a} {b} {c}", f"+7({op}){a}-{b}-{c}",
            f"8-{op}-{a}-{b}-{c}"][style % 5]


class Case:
    def __init__(self, cid: str, lang: str, categories: list[str], rng: random.Random) -> None:
        self.data: dict = {"id": cid, "lang": lang, "categories": categories, "recorded": {}, "account": "",
                           "must_not_survive": []}
        self.rng = rng
        self.parts: list[str] = []

    def secret(self, text: str, category: str, recorded: bool) -> str:
        self.data["must_not_survive"].append({"text": text, "category": category, "recorded": recorded})
        return text

    def say(self, *sentences: str) -> None:
        self.parts.extend(sentences)

    def filler(self, pool: list[str], n: int = 2) -> None:
        self.parts.extend(self.rng.sample(pool, n))

    def done(self) -> dict:
        self.rng.shuffle(self.parts) if self.data.get("shuffle") else None
        self.data["account"] = " ".join(self.parts)
        return self.data


def client_ru(c: Case, rng: random.Random) -> tuple[str, str, str]:
    given, sur, patr = rng.choice(RU_M), rng.choice(RU_SUR), rng.choice(RU_PATR)
    c.data["recorded"]["client_name_native"] = f"{sur} {given} {patr}"
    return given, sur, patr


def build(rng: random.Random) -> list[dict]:
    cases: list[dict] = []
    n = 0

    def new(lang: str, *cats: str) -> Case:
        nonlocal n
        n += 1
        return Case(f"{n:03d}-{lang}-{cats[0]}", lang, list(cats), rng)

    # 1. Names only in the account: officers, judges, neighbours, landlords (ru)
    ru_roles = [("участковый {n}", "участкового {g}"), ("майор {n}", "майора {g}"), ("судья {n}", "судьи {g}"),
                ("следователь {n}", "следователя {g}"), ("соседка {f}", "соседке {fd}"), ("капитан {n}", "капитану {d}")]
    for i in range(5):
        c = new("ru", "unrecorded_name")
        client_ru(c, rng)
        c.filler(FILLER_RU, 2)
        for role, later in rng.sample(ru_roles, 3):
            sur = rng.choice(RU_SUR)
            fem = rng.choice(RU_F)
            fsur = sur + "а"
            first = role.format(n=sur, f=f"{fem} {fsur}")
            if "{f}" in role:
                c.say(f"Со мной жила {c.secret(fem, 'unrecorded_name', False)} {c.secret(fsur, 'unrecorded_name', False)}, "
                      f"{role.split()[0]} по площадке.")
                c.say(f"Позже {later.split()[0]} {c.secret(fem[:-1] + 'е', 'unrecorded_name', False)} тоже звонили.")
            else:
                c.say(f"{first.split()[0].capitalize()} {c.secret(sur, 'unrecorded_name', False)} "
                      f"{rng.choice(['задержал меня', 'составил протокол', 'кричал на меня', 'забрал паспорт'])}.")
                c.say(f"Фамилия {later.split()[0]} — {c.secret(inflect(sur, 'gen'), 'unrecorded_name', False)}, "
                      "я запомнил по бейджу." if rng.random() < 0.5 else
                      f"Я видел {c.secret(inflect(sur, 'gen'), 'unrecorded_name', False)} ещё раз в коридоре.")
        given = rng.choice(RU_M)
        c.say(f"Мой знакомый {c.secret(given, 'unrecorded_name', False)} {c.secret(rng.choice(RU_SUR), 'unrecorded_name', False)} "
              "предложил пожить у него.")
        cases.append(c.done())
    # 2. Lowercase chat transcripts (recorded and unrecorded names)
    for i in range(4):
        c = new("ru", "lowercase")
        given, sur, patr = client_ru(c, rng)
        friend, fsur = rng.choice(RU_M), rng.choice(RU_SUR)
        lines = [f"[12:0{i}] {c.secret(given.lower(), 'lowercase', True)}, ты где?",
                 f"[12:1{i}] у {c.secret(inflect(fsur, 'gen').lower(), 'lowercase', False)} дома, он сказал ждать",
                 f"[12:2{i}] {c.secret(friend.lower(), 'lowercase', False)} передал что {c.secret(inflect(sur, 'gen').lower(), 'lowercase', True)} ищут",
                 "[12:30] не выходи никуда, я позвоню вечером",
                 f"[12:4{i}] скажи {c.secret(inflect(fsur, 'dat').lower(), 'lowercase', False)} спасибо"]
        c.say("Переписка из телефона:", "\n".join(lines))
        c.filler(FILLER_RU, 2)
        cases.append(c.done())
    # 3. Kazakh: case endings, patronymics, Kazakh text
    for i in range(4):
        c = new("kk", "kazakh")
        g, s = rng.choice(KK_M), rng.choice(KK_SUR)
        c.data["recorded"]["client_name_native"] = f"{s} {g}"
        other, other_f, father = rng.choice(KK_M), rng.choice(KK_F), rng.choice(KK_M)
        c.say(f"Менің атым {c.secret(g, 'kazakh', True)}.",
              f"{c.secret(kk(other, 'gen', rng), 'kazakh', False)} үйінде тұрдым.",
              f"Полиция {c.secret(kk(g, 'acc', rng), 'kazakh', True)} іздеді.",
              f"Апам {c.secret(other_f, 'kazakh', False)} {c.secret(father + ('қызы' if rng.random() < 0.5 else 'кызы'), 'kazakh', False)} маған хабарласты.",
              f"Мен {c.secret(kk(other_f, 'ins', rng), 'kazakh', False)} сөйлестім.",
              f"Көршім {c.secret(rng.choice(KK_M), 'kazakh', False)} {c.secret(rng.choice(KK_M) + 'ұлы', 'kazakh', False)} куә болды.")
        c.filler(FILLER_KK, 2)
        cases.append(c.done())
    # 4. Ukrainian with apostrophes
    for i in range(4):
        c = new("uk", "ukrainian")
        g, s = rng.choice(UK_M), rng.choice(UK_SUR)
        c.data["recorded"]["client_name_native"] = f"{s} {g}"
        sister, neighbour = rng.choice(UK_F), rng.choice(UK_SUR)
        apos = rng.choice(["'", "’", "ʼ"])
        c.say(f"Мене звати {c.secret(g, 'ukrainian', True)} {c.secret(s, 'ukrainian', True)}.",
              f"Моя сестра {c.secret(sister.replace(chr(39), apos), 'ukrainian', False)} живе у Львові.",
              f"Сусід {c.secret(neighbour, 'ukrainian', False)} бачив, як мене забрали.",
              f"Слідчий {c.secret(rng.choice(UK_SUR), 'ukrainian', False)} погрожував мені.",
              f"Про це знає і {c.secret(rng.choice(UK_M), 'ukrainian', False)} {c.secret('Об' + apos + 'єдков', 'ukrainian', False)}.")
        c.filler(FILLER_UK, 2)
        cases.append(c.done())
    # 5. Chechen: palochka and look-alikes
    for i, look in enumerate(["Ӏ", "I", "l", "1"]):
        c = new("ce", "chechen")
        g, s = rng.choice([m for m in CE_M if "Ӏ" in m]), rng.choice(CE_SUR)
        c.data["recorded"]["client_name_native"] = f"{s} {g}"
        other = rng.choice([m for m in CE_M if "Ӏ" in m and m != g])
        c.say(f"Меня зовут {c.secret(g.replace('Ӏ', look), 'chechen', True)} {c.secret(s, 'chechen', True)}.",
              f"Мой двоюродный брат {c.secret(other.replace('Ӏ', look), 'chechen', False)} уехал раньше.",
              f"Его друг {c.secret(rng.choice(['Хьасан', 'Мовсар', 'Апти']), 'chechen', False)} "
              f"{c.secret(rng.choice(CE_SUR), 'chechen', False)} тоже в розыске.")
        c.filler(FILLER_RU, 3)
        cases.append(c.done())
    # 6. Transliteration variants of the recorded name
    for i, (sur, variants) in enumerate(list(TRANSLIT.items())[:4]):
        c = new("en", "transliteration")
        given = rng.choice(RU_M)
        c.data["recorded"]["client_name_native"] = f"{sur} {given}"
        c.data["recorded"]["client_name_passport"] = f"{variants[0].upper()} {given}"
        c.say(f"The German police file spells him {c.secret(variants[1], 'transliteration', True)}.",
              f"A French consular note says M. {c.secret(variants[2], 'transliteration', True)}.",
              f"In the Kazakh ruling he is {c.secret(sur, 'transliteration', True)}.",
              f"Judge {c.secret(rng.choice(EN_SUR), 'unrecorded_name', False)} refused the appeal.",
              f"Officer {c.secret(rng.choice(EN_SUR), 'unrecorded_name', False)} escorted him.")
        c.filler(FILLER_EN, 2)
        cases.append(c.done())
    # 7. Diminutives of the recorded given name
    for i, (full, dims) in enumerate(list(DIMIN.items())[:4]):
        c = new("ru", "diminutive")
        sur = rng.choice(RU_SUR)
        c.data["recorded"]["client_name_native"] = f"{sur} {full} {rng.choice(RU_PATR)}"
        d1, d2 = rng.sample(dims, 2)
        c.say(f"Дома меня все зовут {c.secret(d1, 'diminutive', True)}.",
              f"Мама говорила с {c.secret(d2, 'diminutive', True)} по видео каждый вечер.",
              f"Брат написал: «{c.secret(d1, 'diminutive', True)}, уезжай».")
        c.filler(FILLER_RU, 3)
        cases.append(c.done())
    # 8. Phones in every format (recorded and not)
    for i in range(4):
        c = new("ru" if i % 2 else "kk", "phone")
        client_ru(c, rng)
        rec = phone(rng, i)
        c.data["recorded"]["client_phone"] = rec
        c.say(f"Мой номер {c.secret(phone(rng, i + 1) if False else rec, 'phone', True)}.",
              f"Брат звонил с {c.secret(phone(rng, i + 2), 'phone', False)}, а следователь с {c.secret(phone(rng, i + 3), 'phone', False)}.")
        c.filler(FILLER_RU, 2)
        cases.append(c.done())
    # 9. Telegram handles and links
    for i in range(3):
        c = new("ru", "telegram")
        client_ru(c, rng)
        h = f"{rng.choice(['free', 'night', 'steppe', 'river'])}_{rng.choice(['fox', 'owl', 'wolf'])}{rng.randint(10, 99)}"
        c.say(f"Пишите в телеграм {c.secret('@' + h, 'telegram', False)} или по ссылке "
              f"{c.secret('https://t.me/' + h + 'chat', 'telegram', False)}.",
              f"Канал, где меня обвиняли: {c.secret('t.me/' + rng.choice(['pravda', 'vesti', 'zona']) + '_' + str(rng.randint(100, 999)), 'telegram', False)}.",
              f"Страница брата: {c.secret('vk.com/id' + str(rng.randint(100000, 999999)), 'telegram', False)}.")
        c.filler(FILLER_RU, 2)
        cases.append(c.done())
    # 10. IIN
    for i in range(3):
        c = new("kk" if i else "ru", "iin")
        client_ru(c, rng)
        a, b = iin(rng), iin(rng)
        c.data["recorded"]["documents"] = [{"doc_type": "id_card", "number": a, "issuing_state": "KZ", "holder": "client"}]
        spaced = f"{b[:6]} {b[6:9]} {b[9:]}"
        c.say(f"ИИН {c.secret(a, 'iin', True)} указан в протоколе.", f"ИИН жены — {c.secret(spaced, 'iin', False)}.")
        c.filler(FILLER_RU, 2)
        cases.append(c.done())
    # 11. Passports with №
    for i in range(3):
        c = new("ru", "passport")
        client_ru(c, rng)
        ser, num = f"{rng.randint(10, 99)} {rng.randint(10, 99)}", f"{rng.randint(100000, 999999)}"
        c.data["recorded"]["documents"] = [{"doc_type": "internal_passport", "number": f"{ser} {num}", "issuing_state": "RU", "holder": "client"}]
        c.say(f"Паспорт серия {c.secret(ser, 'passport', True)} № {c.secret(num, 'passport', True)} забрали на границе.",
              f"Загранпаспорт брата № {c.secret(str(rng.randint(70, 79)) + ' ' + str(rng.randint(1000000, 9999999)), 'passport', False)} остался дома.")
        c.filler(FILLER_RU, 2)
        cases.append(c.done())
    # 12. Car plates
    for i in range(3):
        c = new("ru", "car_plate")
        client_ru(c, rng)
        kz = f"{rng.randint(100, 999)} {''.join(rng.choice('ABEKMHOPCTXY') for _ in range(3))} {rng.randint(1, 19):02d}"
        ru = f"{rng.choice('АВЕКМНОРСТУХ')}{rng.randint(100, 999)}{''.join(rng.choice('АВЕКМНОРСТУХ') for _ in range(2))} {rng.choice(['77', '95', '164', '777'])}"
        c.say(f"За мной ездила машина с номером {c.secret(kz, 'car_plate', False)}.",
              f"На российских номерах {c.secret(ru, 'car_plate', False)} приезжали к дому.")
        c.filler(FILLER_RU, 2)
        cases.append(c.done())
    # 13. Addresses
    streets = ["Сейфуллина", "Жандосова", "Розыбакиева", "Тимирязева", "Навои", "Гагарина"]
    for i in range(4):
        c = new("ru", "address")
        client_ru(c, rng)
        st = rng.choice(streets)
        rec = f"ул. {st}, д. {rng.randint(1, 200)}, кв. {rng.randint(1, 300)}, Алматы"
        c.data["recorded"]["address"] = rec
        mk = f"мкр. {rng.choice(['Самал', 'Аксай', 'Орбита', 'Мамыр'])}-{rng.randint(1, 5)}, д. {rng.randint(1, 60)}, кв. {rng.randint(1, 120)}"
        bare = f"{rng.choice(streets)} {rng.randint(1, 150)}"
        c.say(f"Сейчас живём в {c.secret(mk, 'address', False)}.",
              f"Раньше снимали на {c.secret(bare, 'address', False)}, там нас и нашли.",
              f"По прописке: {c.secret(rec.rsplit(',', 1)[0], 'address', True)}.")
        c.filler(FILLER_RU, 2)
        cases.append(c.done())
    # 14. Dates of birth in words and short forms
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]
    for i in range(4):
        c = new("ru", "birth_date")
        client_ru(c, rng)
        y, m, d = rng.randint(1975, 2002), rng.randint(1, 12), rng.randint(1, 28)
        c.data["recorded"]["birth_date"] = f"{y}-{m:02d}-{d:02d}"
        forms = [f"{d} {months[m - 1]} {y} года", f"{d:02d}.{m:02d}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d}/{m}/{y}"]
        y2, m2, d2 = rng.randint(1950, 1975), rng.randint(1, 12), rng.randint(1, 28)
        c.say(f"Я родился {c.secret(forms[i % 4], 'birth_date', True)}.",
              f"В справке стоит дата рождения {c.secret(forms[(i + 1) % 4], 'birth_date', True)}.",
              f"Мама родилась {c.secret(f'{d2} {months[m2 - 1]} {y2} г.', 'birth_date', False)}.")
        c.filler(FILLER_RU, 2)
        cases.append(c.done())
    # 15. Birth places
    villages = ["Шортанды", "Темиртау", "Аркалык", "Балхаш", "Кокпекты", "Жанаозен", "Урюпинск", "Сердобск"]
    for i in range(4):
        c = new("ru", "birth_place")
        client_ru(c, rng)
        v1, v2 = rng.sample(villages, 2)
        c.data["recorded"]["birth_place"] = v1
        c.say(f"Я родился в посёлке {c.secret(v1, 'birth_place', True)} и вырос там.",
              f"Родители до сих пор в {c.secret(v1 + 'е' if not v1.endswith(('ы', 'и', 'к')) else v1, 'birth_place', True)}.",
              f"Жена — уроженка г. {c.secret(v2, 'birth_place', False)}.")
        c.filler(FILLER_RU, 2)
        cases.append(c.done())
    # 16. English accounts with titles
    for i in range(3):
        c = new("en", "unrecorded_name")
        c.data["recorded"]["client_name_native"] = f"{rng.choice(RU_SUR)} {rng.choice(RU_M)}"
        t = rng.sample(["Mr", "Ms", "Dr", "Judge", "Officer", "Captain", "Inspector"], 3)
        for title in t:
            c.say(f"{title} {c.secret(rng.choice(EN_SUR), 'unrecorded_name', False)} "
                  f"{rng.choice(['signed the order', 'asked about my family', 'refused to give his badge number', 'took my phone'])}.")
        c.say(f"My landlord, Mr. {c.secret(rng.choice(EN_GIVEN), 'unrecorded_name', False)} {c.secret(rng.choice(EN_SUR), 'unrecorded_name', False)}, "
              "let the police in.")
        c.filler(FILLER_EN, 3)
        cases.append(c.done())
    return cases


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.json"):
        old.unlink()
    for case in build(random.Random(2026)):
        (OUT / f"{case['id']}.json").write_text(json.dumps(case, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
