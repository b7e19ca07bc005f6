"""World coverage of officeholders.csv: heads of state and government beyond the G20.

Spot checks are facts of record (who held which office on which day); the table-wide
checks make sure the added rows keep the loader's and the resolver's assumptions.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from multivector.actors import load_actor_tables, resolve_text
from multivector.records import HIGH_LEVEL_ROLES

D = date
HOS, HOG = "head of state", "head of government"

# (text, when, code, sector, name, role)
CASES = [
    ("President Abdelaziz Bouteflika", D(2005, 1, 1), "DZA", "GOV", "Abdelaziz Bouteflika", HOS),
    ("Tebboune", D(2021, 3, 1), "DZA", "GOV", "Abdelmadjid Tebboune", HOS),
    ("Mugabe", D(2005, 1, 1), "ZWE", "GOV", "Robert Mugabe", HOS),
    ("Mugabe", D(2020, 1, 1), "ZWE", "ELI", "Robert Mugabe", "former head of state"),
    ("Mnangagwa", D(2019, 6, 1), "ZWE", "GOV", "Emmerson Mnangagwa", HOS),
    ("Netanyahu", D(2012, 1, 1), "ISR", "GOV", "Benjamin Netanyahu", HOG),
    ("Netanyahu", D(2022, 1, 1), "ISR", "ELI", "Benjamin Netanyahu", "former head of government"),
    ("Ariel Sharon", D(2003, 5, 1), "ISR", "GOV", "Ariel Sharon", HOG),
    ("Shimon Peres", D(2010, 5, 1), "ISR", "GOV", "Shimon Peres", HOS),
    ("Kagame", D(2010, 1, 1), "RWA", "GOV", "Paul Kagame", HOS),
    ("Lukashenko", D(2020, 8, 10), "BLR", "GOV", "Alexander Lukashenko", HOS),
    ("Zelensky", D(2023, 1, 1), "UKR", "GOV", "Volodymyr Zelensky", HOS),
    ("Yulia Tymoshenko", D(2009, 1, 1), "UKR", "GOV", "Yulia Tymoshenko", HOG),
    ("Saddam Hussein", D(1995, 1, 1), "IRQ", "GOV", "Saddam Hussein", HOS),
    ("Nouri al-Maliki", D(2010, 1, 1), "IRQ", "GOV", "Nouri al-Maliki", HOG),
    ("Charles Michel", D(2016, 1, 1), "BEL", "GOV", "Charles Michel", HOG),
    ("Charles Michel", D(2022, 1, 1), "EU", "GOV", "Charles Michel", "president of the european council"),
    ("Jens Stoltenberg", D(2010, 1, 1), "NOR", "GOV", "Jens Stoltenberg", HOG),
    ("Jens Stoltenberg", D(2020, 1, 1), "NATO", "GOV", "Jens Stoltenberg", "secretary-general"),
    ("António Guterres", D(2000, 1, 1), "PRT", "GOV", "António Guterres", HOG),
    ("Guterres", D(2020, 1, 1), "UN", "GOV", "António Guterres", "secretary-general"),
    ("Mubarak", D(2005, 6, 1), "EGY", "GOV", "Hosni Mubarak", HOS),
    ("Egyptian President Abdel Fattah al-Sisi", D(2019, 6, 1), "EGY", "GOV", "Abdel Fattah el-Sisi", HOS),
    ("Bashar al-Assad", D(2015, 1, 1), "SYR", "GOV", "Bashar al-Assad", HOS),
    ("Assad", D(2015, 1, 1), "SYR", "GOV", "Bashar al-Assad", HOS),
    ("Gaddafi", D(2009, 1, 1), "LBY", "GOV", "Muammar Gaddafi", HOS),
    ("Qaddafi", D(2009, 1, 1), "LBY", "GOV", "Muammar Gaddafi", HOS),
    ("Arafat", D(2002, 1, 1), "PSE", "GOV", "Yasser Arafat", HOS),
    ("Abu Mazen", D(2010, 1, 1), "PSE", "GOV", "Mahmoud Abbas", HOS),
    ("Michel Aoun", D(2018, 1, 1), "LBN", "GOV", "Michel Aoun", HOS),
    ("Sheikh Tamim", D(2017, 6, 5), "QAT", "GOV", "Tamim bin Hamad Al Thani", HOS),
    ("King Abdullah II", D(2012, 1, 1), "JOR", "GOV", "Abdullah II", HOS),
    ("Karzai", D(2008, 1, 1), "AFG", "GOV", "Hamid Karzai", HOS),
    ("Musharraf", D(2005, 1, 1), "PAK", "GOV", "Pervez Musharraf", HOS),
    ("Sharif", D(2015, 1, 1), "PAK", "GOV", "Nawaz Sharif", HOG),
    ("Shehbaz Sharif", D(2023, 1, 1), "PAK", "GOV", "Shehbaz Sharif", HOG),
    ("Sheikh Hasina", D(2015, 1, 1), "BGD", "GOV", "Sheikh Hasina", HOG),
    ("Aung San Suu Kyi", D(2018, 1, 1), "MMR", "GOV", "Aung San Suu Kyi", HOG),
    ("Min Aung Hlaing", D(2022, 1, 1), "MMR", "GOV", "Min Aung Hlaing", HOG),
    ("Hun Sen", D(2010, 1, 1), "KHM", "GOV", "Hun Sen", HOG),
    ("Duterte", D(2018, 1, 1), "PHL", "GOV", "Rodrigo Duterte", HOS),
    ("Marcos", D(2023, 1, 1), "PHL", "GOV", "Ferdinand Marcos Jr.", HOS),
    ("Mahathir", D(2019, 1, 1), "MYS", "GOV", "Mahathir Mohamad", HOG),
    ("Lee Hsien Loong", D(2015, 1, 1), "SGP", "GOV", "Lee Hsien Loong", HOG),
    ("Kim Jong Un", D(2018, 6, 12), "PRK", "GOV", "Kim Jong Un", HOS),
    ("Kim Jong-il", D(2005, 1, 1), "PRK", "GOV", "Kim Jong Il", HOS),
    ("Tsai Ing-wen", D(2020, 1, 1), "TWN", "GOV", "Tsai Ing-wen", HOS),
    ("Saakashvili", D(2008, 8, 8), "GEO", "GOV", "Mikheil Saakashvili", HOS),
    ("Milosevic", D(1999, 5, 1), "SRB", "GOV", "Slobodan Milošević", HOS),
    ("Vucic", D(2020, 1, 1), "SRB", "GOV", "Aleksandar Vučić", HOS),
    ("Orban", D(2015, 1, 1), "HUN", "GOV", "Viktor Orbán", HOG),
    ("Tsipras", D(2015, 7, 1), "GRC", "GOV", "Alexis Tsipras", HOG),
    ("Papandreou", D(2010, 5, 1), "GRC", "GOV", "George Papandreou", HOG),
    ("Rajoy", D(2013, 1, 1), "ESP", "GOV", "Mariano Rajoy", HOG),
    ("Chávez", D(2005, 1, 1), "VEN", "GOV", "Hugo Chávez", HOS),
    ("Maduro", D(2019, 1, 1), "VEN", "GOV", "Nicolás Maduro", HOS),
    ("Fidel Castro", D(2000, 1, 1), "CUB", "GOV", "Fidel Castro", HOS),
    ("Castro", D(2005, 1, 1), "CUB", "GOV", "Fidel Castro", HOS),
    ("Raúl Castro", D(2012, 1, 1), "CUB", "GOV", "Raúl Castro", HOS),
    ("Evo Morales", D(2010, 1, 1), "BOL", "GOV", "Evo Morales", HOS),
    ("Bukele", D(2022, 1, 1), "SLV", "GOV", "Nayib Bukele", HOS),
    ("Kabila", D(2010, 1, 1), "COD", "GOV", "Joseph Kabila", HOS),
    ("Laurent Kabila", D(2000, 1, 1), "COD", "GOV", "Laurent-Désiré Kabila", HOS),
    ("Déby", D(2010, 1, 1), "TCD", "GOV", "Idriss Déby", HOS),
    ("Mahamat Deby", D(2023, 1, 1), "TCD", "GOV", "Mahamat Idriss Déby", HOS),
    ("Abiy Ahmed", D(2020, 1, 1), "ETH", "GOV", "Abiy Ahmed", HOG),
    ("Meles Zenawi", D(2005, 1, 1), "ETH", "GOV", "Meles Zenawi", HOG),
    ("Obasanjo", D(2003, 1, 1), "NGA", "GOV", "Olusegun Obasanjo", HOS),
    ("Buhari", D(2018, 1, 1), "NGA", "GOV", "Muhammadu Buhari", HOS),
    ("Tinubu", D(2024, 1, 1), "NGA", "GOV", "Bola Tinubu", HOS),
    ("dos Santos", D(2010, 1, 1), "AGO", "GOV", "José Eduardo dos Santos", HOS),
    ("Ouattara", D(2015, 1, 1), "CIV", "GOV", "Alassane Ouattara", HOS),
    ("Gbagbo", D(2015, 1, 1), "CIV", "ELI", "Laurent Gbagbo", "former head of state"),
    ("al-Bashir", D(2010, 1, 1), "SDN", "GOV", "Omar al-Bashir", HOS),
    ("Moi", D(1999, 1, 1), "KEN", "GOV", "Daniel arap Moi", HOS),
    ("Ruto", D(2023, 1, 1), "KEN", "GOV", "William Ruto", HOS),
    ("Magufuli", D(2018, 1, 1), "TZA", "GOV", "John Magufuli", HOS),
    ("Jacinda Ardern", D(2020, 1, 1), "NZL", "GOV", "Jacinda Ardern", HOG),
]


@pytest.mark.parametrize(("text", "when", "code", "sector", "name", "role"), CASES)
def test_world_leaders_resolve_on_the_day(text, when, code, sector, name, role) -> None:
    actor = resolve_text(text, when)
    assert actor is not None, text
    assert (actor.code, actor.sector, actor.name, actor.role) == (code, sector, name, role)


# Terms that ended before 2000: for news and datasets about earlier decades.
PRE_2000 = [
    ("Suharto", D(1995, 1, 1), "IDN"),
    ("Nelson Mandela", D(1996, 1, 1), "ZAF"),
    ("Yitzhak Rabin", D(1994, 1, 1), "ISR"),
]


@pytest.mark.parametrize(("text", "when", "code"), PRE_2000)
def test_pre_2000_leaders_resolve_on_their_day(text, when, code) -> None:
    actor = resolve_text(text, when)
    assert actor is not None and actor.code == code and actor.sector == "GOV"


def test_pre_2000_leaders_are_former_officeholders_later() -> None:
    assert resolve_text("Suharto", D(2005, 1, 1)).sector == "ELI"


def test_no_overlapping_high_level_terms() -> None:
    tables = load_actor_tables()
    terms = defaultdict(list)
    for row in tables.officeholders:
        if row.role in HIGH_LEVEL_ROLES:
            terms[(row.code, row.role)].append((row.start, row.end, row.name))
    for office, spans in terms.items():
        spans.sort(key=lambda span: span[0])
        for (_, end, name), (start, _, later) in zip(spans, spans[1:]):
            assert end is not None and end <= start, f"{name} overlaps {later} in {office}"


def test_a_shared_surname_resolves_by_date() -> None:
    # "Assad" names Hafez until 2000 and Bashar after: the document's date decides
    assert resolve_text("President Assad", D(2015, 1, 1)).name == "Bashar al-Assad"
    assert resolve_text("President Assad", D(1990, 1, 1)).name == "Hafez al-Assad"
    assert resolve_text("Assad", D(1990, 1, 1)).code == "SYR"


# UN members beyond the G20 that must have a head of state or government on record today.
WORLD = ("DZA EGY LBY TUN MAR SDN SSD IRQ SYR LBN JOR ISR PSE KWT QAT ARE BHR OMN YEM AFG PAK BGD "
         "LKA NPL BTN MDV MMR THA KHM LAO VNM PHL MYS SGP BRN TLS MNG PRK ARM GEO AZE BLR UKR MDA "
         "EST LVA LTU NOR SWE DNK FIN ISL ESP PRT IRL NLD BEL LUX AUT GRC CYP MLT POL CZE SVK HUN "
         "ROU BGR HRV SVN SRB MNE MKD ALB CUB VEN COL ECU PER BOL CHL URY PRY NIC PAN DOM SLV GTM "
         "HND CRI JAM GUY SUR NZL PNG FJI ZWE ZMB MWI MOZ AGO NAM BWA SWZ LSO MDG TZA KEN UGA RWA "
         "BDI COD COG CMR TCD CAF GAB GNQ NGA GHA CIV SEN MLI BFA NER GIN MRT LBR SLE GMB TGO BEN "
         "ETH ERI DJI SOM").split()


@pytest.mark.parametrize("code", WORLD)
def test_world_countries_have_a_leader_on_record(code: str) -> None:
    tables = load_actor_tables()
    on = date(2024, 6, 1)
    assert tables.officeholder(code, HOS, on) or tables.officeholder(code, HOG, on), code


def test_a_bare_surname_shared_by_two_people_is_shared_in_one_country() -> None:
    """A one-word surface may name several people (Assad: Hafez, then Bashar): the date
    decides. Across countries that would be a guess, so it stays within one."""
    people, countries = defaultdict(set), defaultdict(set)
    for row in load_actor_tables().officeholders:
        for surface in row.surfaces:
            if " " not in surface.strip():
                people[surface.casefold()].add(row.name)
                countries[surface.casefold()].add(row.code)
    shared = {s: countries[s] for s, names in people.items() if len(names) > 1 and len(countries[s]) > 1}
    assert shared == {}


def test_added_surfaces_are_not_plain_lower_case_words() -> None:
    """One-word surfaces of people must be names with a capital (case rule 'capital')."""
    for row in load_actor_tables().officeholders:
        for surface in row.surfaces:
            if " " not in surface:
                assert any(c.isupper() for c in surface), (row.name, surface)
