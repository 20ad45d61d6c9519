"""A generated corpus of digital-government news for benchmarks: varied, not copies.

Each document is a round-up of a few regions: the region names come from the
GB/T 2260 gazetteer govkg ships (provinces and prefecture cities), agency
names from region + department cores + suffixes, platforms from the app
table and from invented brands ("X事通", "X办"), people, dates and figures at
random — so entities, relations and statistics differ from one document to
the next, and the store grows as a real one does (shared agencies and
regions, new platforms). Deterministic for a given seed.

    python benchmarks/corpus.py OUT_DIR 1000      # writes doc00000.txt …
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

DEPARTMENTS = ("大数据管理局", "政务服务管理局", "数据资源管理局", "政务服务和大数据管理局", "行政审批服务局",
               "发展和改革委员会", "人力资源和社会保障厅", "公安厅", "医疗保障局", "市场监督管理局", "政务服务中心",
               "大数据中心", "通信管理局", "卫生健康委员会", "住房和城乡建设厅")
BRAND_TAILS = ("事通", "快办", "省心", "政通", "即办", "e办", "民通", "掌上办")
PLATFORM_KINDS = ("App", "小程序", "政务服务网", "一体化政务服务平台", "数据共享交换平台", "公共数据开放平台")
POLICIES = ("数字政府建设实施方案", "政务数据共享管理办法", "一网通办改革工作方案", "公共数据管理办法",
            "政务服务好差评管理办法", "数字经济发展规划")
UNIVERSITIES = ("大学电子政务研究中心", "大学数字治理研究院", "社会科学院信息化研究所")
METRICS = (("实名注册用户", "万"), ("可办理事项", "项"), ("累计办件量", "万件"), ("日均访问量", "万次"),
           ("接入部门", "个"), ("共享数据", "亿条"))
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"


def _regions():
    """Provinces; the prefecture cities of each; the counties of each city (GB/T 2260)."""
    from govkg.loaders.resources import load_resources

    gaz = load_resources(use_ner=False).gazetteer
    provinces = [r for r in gaz.regions.values() if r.level == "province"]
    by_parent: dict[str, list] = {}
    for r in gaz.regions.values():
        by_parent.setdefault(r.parent, []).append(r)
    cities = {p.code: [r for r in by_parent.get(p.code, []) if r.level == "prefecture"
                       and r.name.endswith(("市", "州", "地区", "盟"))] for p in provinces}
    counties = {c.code: [r for r in by_parent.get(c.code, []) if r.level == "county"]
                for p in provinces for c in cities[p.code]}
    return provinces, cities, counties


def _short(name: str) -> str:
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _place(rnd: random.Random, province, cities, counties) -> tuple[str, str, str]:
    """Whom a section is about, as (full name, short name, the word for "the whole of it"):
    half the time the province, else one of its cities, now and then a county of that city."""
    city = rnd.choice(cities) if cities else None
    roll = rnd.random()
    if city is None or roll < 0.5:
        whole = {"区": "全区", "市": "全市"}.get(province.name[-1], "全省")   # 自治区, 直辖市
        return province.name, _short(province.name), whole
    county = rnd.choice(counties.get(city.code) or [None])
    if county is not None and roll > 0.8:
        return city.name + county.name, county.name[:-1] if len(county.name) > 2 else county.name, \
            "全" + county.name[-1]
    whole = "全" + next((w for w in ("州", "地区", "盟") if city.name.endswith(w)), "市")
    return city.name, _short(city.name), whole.replace("全地区", "全区")


def _department(name: str, whole: str) -> str:
    """A province's 厅 is a city's or county's 局 (公安厅 → 公安局)."""
    return name if whole == "全省" or not name.endswith("厅") else name[:-1] + "局"


def _section(rnd: random.Random, province, cities, counties) -> str:
    p_name, p_short, whole = _place(rnd, province, cities, counties)
    city = rnd.choice(cities) if cities else None
    agency = p_name + _department(rnd.choice(DEPARTMENTS), whole)
    operator = p_name + rnd.choice(("大数据中心", "政务大数据服务中心", "信息中心", "数字政府运营中心"))
    brand = p_short[: rnd.choice((1, 2))] + rnd.choice(BRAND_TAILS)
    year, month, day = rnd.randint(2018, 2024), rnd.randint(1, 12), rnd.randint(1, 28)
    lines = [f"{p_short}：“{brand}”{rnd.choice(('打造政务服务总入口', '让数据多跑路', '推动掌上办', '提速扩面'))}"]
    lines.append(f"{agency}统筹建设{whole}{rnd.choice(PLATFORM_KINDS)}，{operator}负责“{brand}”App的建设和运营。"
                 f"“{brand}”于{year}年{month}月{day}日正式上线。")
    for metric, unit in rnd.sample(METRICS, rnd.randint(1, 3)):
        value = rnd.choice((rnd.randint(2, 99), rnd.randint(100, 9999), round(rnd.uniform(1, 50), 1)))
        lines.append(f"截至{rnd.randint(2020, 2024)}年底，“{brand}”{metric}{rnd.choice(('超过', '达到', '逾'))}{value}{unit}。")
    policy = f"《{p_name}{rnd.choice(POLICIES)}（{year}—{year + rnd.choice((2, 3, 5))}年）》"
    lines.append(f"{year + 1}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日，{agency}印发{policy}，对数据共享和业务协同作出规定。")
    if city:
        c_agency = city.name + rnd.choice(DEPARTMENTS[:6])
        c_app = rnd.choice(("i", "爱", "我的", "掌上", "智慧")) + _short(city.name)
        lines.append(f"{c_agency}相关负责人表示，将推动“{c_app}”App全面接入“{brand}”，目前全市政务服务好评率达到"
                     f"{round(rnd.uniform(95, 99.9), 1)}%。")
    other = _department(rnd.choice(DEPARTMENTS), whole)
    lines.append(f"{agency}与{p_name}{other}签署合作协议，双方将联合推进政务数据安全保障。")
    if rnd.random() < 0.5:
        lines.append(f"{rnd.choice(SURNAMES)}女士说：“以前办手续要跑好几个窗口，现在在手机上点一点就办好了。”")
    if rnd.random() < 0.4:
        uni = _short(province.name) + rnd.choice(UNIVERSITIES)
        lines.append(f"受{p_name}人民政府办公厅委托，{uni}发布《{p_name}数字政府发展报告（{year}）》。"
                     f"报告显示，{whole}政务服务事项网上可办率达到{rnd.randint(80, 99)}%。")
    return "\n".join(lines)


def make_corpus(folder: Path, n: int, seed: int = 10) -> int:
    """Write ``n`` documents into ``folder``; returns their total characters."""
    rnd = random.Random(seed)
    provinces, cities, counties = _regions()
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for i in range(n):
        picked = rnd.sample(provinces, rnd.randint(1, 4))
        title = f"{'、'.join(_short(p.name) for p in picked)}加快数字政府建设 政务服务“{rnd.choice(('掌上办', '一网通办', '跨省通办'))}”提速"
        body = "\n\n".join(_section(rnd, p, cities[p.code], counties) for p in picked)
        text = f"{title}\n\n近年来，各地以一体化政务服务平台建设为牵引，加快推进政务数据共享和业务协同。\n\n{body}\n"
        (folder / f"doc{i:05d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


if __name__ == "__main__":
    print(make_corpus(Path(sys.argv[1]), int(sys.argv[2])), "characters")
