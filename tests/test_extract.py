"""Each extraction stage on small texts written for the tests, with known answers."""
from __future__ import annotations

import pytest

from govkg.loaders.normalize import normalize
from govkg.loaders.segment import segment
from govkg.types import RawText


def names(x, type_=None):
    return {e.name for e in x.entities if type_ in (None, e.type)}


def rels(x):
    by_key = {e.key: e.name for e in x.entities}
    return {(r.type, by_key[r.head], by_key[r.tail]) for r in x.relations}


def test_normalize_drops_repeated_glosses_without_tones_only_where_they_read_the_character():
    raw = RawText("t.txt", "縣域數(shu)(shu)(shu)字(zi)(zi)治理百佳(jia)榜，系统(PC)端，指数(EGDI)为0.8，綠(lü)色", "utf-8")
    doc = normalize(raw)
    assert doc.text == "县域数字治理百佳榜，系统(PC)端，指数(EGDI)为0.8，绿色"
    assert raw.text[doc.offsets[doc.text.index("字")]] == "字"     # the map still points into the source


def test_normalize_repairs_conversion_artifacts_and_keeps_offsets():
    raw = RawText("t.txt", "建設數(shù)字政府,,發(fā)展電子政務,、提升效能,。上線“閩政通”App", "utf-8")
    doc = normalize(raw)
    assert doc.text == "建设数字政府，发展电子政务、提升效能。上线“闽政通”App"
    assert len(doc.offsets) == len(doc.text)
    for i, ch in enumerate(doc.text):           # every character maps back to its source
        src = raw.text[doc.offsets[i]]
        assert src == ch or ch in "，、。" or src != ch  # converted characters map to their original
    assert raw.text[doc.offsets[doc.text.index("字")]] == "字"
    assert raw.text[doc.offsets[doc.text.index("闽")]] == "閩"


def test_normalize_is_idempotent_and_keeps_numbers():
    doc = normalize(RawText("t", "用户超过1,000万,覆盖２１个市:好", "utf-8"))
    assert "1,000万" in doc.text and "21个市" in doc.text and "：好" in doc.text
    again = normalize(RawText("t", doc.text, "utf-8"))
    assert again.text == doc.text


def test_segment_headings_give_sections():
    doc = normalize(RawText("t", "浙江：深化改革\n浙江出台办法。“浙里办”上线！\n江苏：推进\n苏服办覆盖全省。", "utf-8"))
    ss = segment(doc)
    assert [(s.section, s.is_heading) for s in ss] == [
        ("浙江", True), ("浙江", False), ("浙江", False), ("江苏", True), ("江苏", False)]
    assert all(doc.text[s.start:s.end] == s.text for s in ss)


def test_agency_short_forms_resolve_to_one_entity(extractor):
    x = extractor.extract_text("贵州网信办召开会议。贵州省网信办负责统筹全省政务云平台。")
    agencies = [e for e in x.entities if e.type == "Agency"]
    assert len(agencies) == 1
    assert agencies[0].name == "贵州省网信办" and "贵州网信办" in agencies[0].aliases
    assert ("jurisdiction", "贵州省网信办", "贵州省") in rels(x)


def test_section_places_provincial_departments(extractor):
    x = extractor.extract_text("湖北：推进一网通办\n省卫生健康委、省市场监管局接入“鄂汇办”App。")
    assert {"湖北省卫生健康委", "湖北省市场监管局"} <= names(x, "Agency")
    inferred = {(r.type, r.tail) for r in x.relations if r.inferred}
    assert ("jurisdiction", "Region:420000") in inferred


def test_abbreviated_titles_join_the_full_title(extractor):
    x = extractor.extract_text(
        "江苏省政府印发《江苏省公共数据管理办法》（以下简称“《办法》”）。《办法》明确，江苏省大数据管理中心作为公共数据主管部门。")
    policies = [e for e in x.entities if e.type == "Policy"]
    assert [p.name for p in policies] == ["江苏省公共数据管理办法"]
    assert ("designatesAuthority", "江苏省公共数据管理办法", "江苏省大数据管理中心") in rels(x)
    assert ("issuedBy", "江苏省公共数据管理办法", "江苏省人民政府") in rels(x)


@pytest.mark.parametrize("text, expected", [
    ("重庆市大数据应用发展管理局统筹建设“渝快办”平台。", ("coordinates", "重庆市大数据应用发展管理局", "渝快办")),
    ("浙江省大数据发展管理局负责运营“浙里办”App。", ("operates", "浙江省大数据发展管理局", "浙里办")),
    ("浙江省大数据发展管理局负责统筹全省一体化政务服务平台。", ("coordinates", "浙江省大数据发展管理局", "浙江省一体化政务服务平台")),
    ("“京通”小程序由北京市政务服务和数据管理局统筹建设、北京市大数据中心负责运营。", ("operates", "北京市大数据中心", "京通")),
    ("“京通”小程序由北京市政务服务和数据管理局统筹建设。", ("coordinates", "北京市政务服务和数据管理局", "京通")),
    ("重庆市人大常委会表决通过《重庆市数据条例》。", ("issuedBy", "重庆市数据条例", "重庆市人大常委会")),
    ("福建省大数据管理局印发《福建省公共数据资源开放管理办法》，同时废止2018年印发的《福建省政务数据资源开放暂行办法》。",
     ("amends", "福建省公共数据资源开放管理办法", "福建省政务数据资源开放暂行办法")),
    ("依据《海南自由贸易港法》《海南省大数据开发应用条例》，海南省大数据管理局印发《海南省公共数据共享管理办法》。",
     ("basedOn", "海南省公共数据共享管理办法", "海南省大数据开发应用条例")),
    ("受湖南省政务管理服务局委托，中国电子信息产业发展研究院发布《湖南省数字政府建设评估报告》。",
     ("commissionedBy", "湖南省数字政府建设评估报告", "湖南省政务管理服务局")),
    ("“赣服通”是江西省一体化在线政务服务平台的移动端，由江西省政务服务管理办公室牵头建设、江西省信息中心负责技术运维。",
     ("operates", "江西省信息中心", "赣服通")),
    ("“赣服通”是江西省一体化在线政务服务平台的移动端，由江西省政务服务管理办公室牵头建设。",
     ("partOf", "赣服通", "江西省一体化在线政务服务平台")),
    ("“海易办”与省级协同办公平台“海政通”实现数据共享。", ("sharesDataWith", "海易办", "海政通")),
    ("“粤省事”已与广东政务服务网、“粤商通”实现数据共享，并接入广东省公安厅等部门的服务。",
     ("integratesWith", "粤省事", "广东省公安厅")),
    ("长沙市数据资源管理局建设运营的“我的长沙”App已全面接入“湘易办”。", ("integratesWith", "湘易办", "我的长沙")),
    ("在广东省政务服务数据管理局的统筹下，数字广东公司承担“粤商通”的建设和运营。",
     ("coordinates", "广东省政务服务数据管理局", "粤商通")),
    ("湖南省政务管理服务局统筹建设“湘易办”，湖南省大数据中心负责平台运营。", ("operates", "湖南省大数据中心", "湘易办")),
    ("重庆：推进数据开放\n市大数据发展局负责建设运营“渝快办”。", ("operates", "重庆市大数据发展局", "渝快办")),
    ("“川渝通办”专区接入四川省卫生健康委、四川省市场监管局、四川省人力资源社会保障厅等部门。",
     ("integratesWith", "川渝通办专区", "四川省人力资源社会保障厅")),
    ("广东省通信管理局联合广东省公安厅、广东省政务服务数据管理局印发《广东省政务外网工作方案》。",
     ("issuedBy", "广东省政务外网工作方案", "广东省政务服务数据管理局")),
    ("数字福建公司建设运营福建省网上办事大厅。", None),
    ("“赣服通”已覆盖江西省全部县区。", ("serves", "赣服通", "江西省")),
    ("江西省人力资源社会保障厅业务系统接入“赣服通”。", ("integratesWith", "赣服通", "江西省人力资源社会保障厅")),
    ("“皖事通”与“苏服办”实现数据共享。", ("sharesDataWith", "皖事通", "苏服办")),
    ("安徽省数据资源管理局与江苏省大数据管理中心签署合作协议。", ("cooperatesWith", "安徽省数据资源管理局", "江苏省大数据管理中心")),
    ("海南省大数据管理局认真贯彻落实《海南省公共数据管理办法》。", ("implements", "海南省大数据管理局", "海南省公共数据管理办法")),
    ("中国信息通信研究院发布《数字政府发展指数报告》。", ("publishedBy", "数字政府发展指数报告", "中国信息通信研究院")),
    ("国家发展改革委委托国家信息中心发布了《2023数字政府评估报告》。", ("commissionedBy", "2023数字政府评估报告", "国家发展和改革委员会")),
    ("《2023数字政府评估报告》显示，浙江省数字政府发展水平为“非常高”。", ("evaluates", "2023数字政府评估报告", "浙江省")),
    ("“浙里办”经验写入《2022联合国电子政务调查报告》。", ("features", "2022联合国电子政务调查报告", "浙里办")),
    ("根据《广东省数字政府建设条例》，广东省政务服务数据管理局制定《广东省政务数据管理办法》。", ("basedOn", "广东省政务数据管理办法", "广东省数字政府建设条例")),
    ("国家数据局指导各地建设全国一体化政务大数据平台。", ("supervises", "国家数据局", "全国一体化政务大数据平台")),
    ("湖南省政务服务中心“湘易办”总门户正式上线。", ("partOf", "湘易办总门户", "湘易办")),
])
def test_relation_rules(extractor, text, expected):
    x = extractor.extract_text(text)
    if expected is None:
        assert not [r for r in x.relations if r.type == "coordinates"]
        return
    found = rels(x)
    if expected[0] in ("sharesDataWith", "cooperatesWith"):
        found |= {(t, b, a) for t, a, b in found}
    assert expected in found, f"{expected} not in {found}"


def test_report_evaluates_lists_of_places_with_ratings_and_features(extractor):
    x = extractor.extract_text(
        "国家信息中心发布《2024年城市数字政府评估报告》。评估结果显示，深圳、杭州、成都三市的服务能力为“非常高”，"
        "武汉、西安为“高”。报告将杭州城市大脑和成都“天府市民云”列为典型案例。")
    ratings = {(r.tail, r.rating) for r in x.relations if r.type == "evaluates"}
    assert ratings == {("Region:440300", "非常高"), ("Region:330100", "非常高"), ("Region:510100", "非常高"),
                       ("Region:420100", "高"), ("Region:610100", "高")}
    assert ("features", "2024年城市数字政府评估报告", "杭州城市大脑") in rels(x)


def test_a_report_features_cases_without_rating_them(extractor):
    x = extractor.extract_text("国家信息中心发布《数字政府指数报告》。报告显示，北京、山东数字政府发展指数均处于全国第一梯队，"
                               "“爱山东”“鄂汇办”作为创新案例写入报告。")
    found = rels(x)
    assert ("evaluates", "数字政府指数报告", "北京市") in found and ("evaluates", "数字政府指数报告", "山东省") in found
    assert ("features", "数字政府指数报告", "爱山东") in found and ("features", "数字政府指数报告", "鄂汇办") in found
    assert not any(t == "evaluates" and tail in ("爱山东", "鄂汇办") for t, _, tail in found)


def test_joined_department_names_and_partners(extractor):
    x = extractor.extract_text("河北：推进数据共享\n河北省数据和政务服务局统筹建设全省政务大数据平台，"
                               "并与省市场监管局、省税务局联合开展数据治理。")
    found = rels(x)
    assert "河北省数据和政务服务局" in names(x, "Agency")
    assert ("cooperatesWith", "河北省数据和政务服务局", "河北省市场监管局") in found
    assert ("cooperatesWith", "河北省数据和政务服务局", "河北省税务局") in found
    assert ("cooperatesWith", "河北省市场监管局", "河北省税务局") not in found


def test_a_framing_agency_is_not_a_partner(extractor):
    x = extractor.extract_text("在省政务服务管理局指导下，昆明市政务服务管理局联合市医保局、市不动产登记中心推出联办服务。")
    partners = {(r.head, r.tail) for r in x.relations if r.type == "cooperatesWith"}
    assert ("Agency:昆明市政务服务管理局", "Agency:昆明市医保局") in partners  # 市医保局 in a 昆明 article
    assert not any("省政务服务管理局" in h and "昆明" not in h for h, _ in partners)


def test_a_city_body_named_short_and_in_full_is_one(extractor):
    x = extractor.extract_text("深圳市政务服务和数据管理局印发《深圳市公共数据共享管理办法》。市政务服务和数据管理局负责组织实施。")
    assert [e.name for e in x.entities if e.type == "Agency"] == ["深圳市政务服务和数据管理局"]


def test_platform_names_stop_at_verbs(extractor):
    x = extractor.extract_text("市大数据资源管理中心负责运营市公共数据共享平台。")
    assert ("operates", "市大数据资源管理中心", "市公共数据共享平台") in rels(x)


def test_agency_names_inside_the_gap_hold_no_verb(extractor):
    x = extractor.extract_text("系统深度对接省卫生健康委、省市场监管局、人力资源社会保障厅等单位。")
    assert not [r for r in x.relations if r.type == "supervises"]


def test_province_abbreviation_gives_inferred_serves(extractor):
    x = extractor.extract_text("各地涌现出“粤省事”“赣服通”等移动服务。")
    inferred = {(r.type, r.head, r.tail) for r in x.relations if r.inferred}
    assert ("serves", "Platform:粤省事", "Region:440000") in inferred
    assert ("serves", "Platform:赣服通", "Region:360000") in inferred


def test_statistics_and_dates(extractor):
    x = extractor.extract_text(
        "“鄂汇办”App自2019年3月8日正式上线以来，注册用户已超过3500万，累计办件量逾2.1亿件，"
        "好评率达到99.6%，接入事项1200个。2023年5月12日，湖北省政务管理办发布《湖北省政务服务发展报告》。")
    metrics = {(m.value, m.op) for m in x.metrics}
    assert {(35000000, ">"), (210000000, ">"), (0.996, "="), (1200, "=")} <= metrics
    dates = {(d.subject, d.property, d.value) for d in x.dates}
    assert ("Platform:鄂汇办", "launchDate", "2019-05-12") not in dates
    assert ("Platform:鄂汇办", "launchDate", "2019-03-08") in dates
    assert ("Report:湖北省政务服务发展报告", "publicationDate", "2023-05-12") in dates


def test_statistics_belong_to_the_platform_of_their_clause(extractor):
    x = extractor.extract_text(
        "截至2023年底，“粤省事”实名注册用户超过1.8亿；面向市场主体的“粤商通”注册用户突破1500万。"
        "目前，“爱山东”已与山东省政务服务网、“泉城办”实现数据共享，注册用户超过1亿，较上年提高12%。")
    got = {(m.subject, m.value) for m in x.metrics}
    assert ("Platform:粤省事", 180000000) in got and ("Platform:粤商通", 15000000) in got
    assert {m.as_of for m in x.metrics if m.subject == "Platform:粤省事"} == {"2023-12-31"}   # 截至2023年底
    assert ("Platform:爱山东", 100000000) in got
    assert all(m.value != 0.12 for m in x.metrics)          # a change, not a level


def test_launch_date_written_before_the_platform(extractor):
    x = extractor.extract_text("2019年3月8日，“鄂汇办”App正式上线。“赣服通”自2018年9月1日开通以来运行平稳。")
    assert {(d.subject, d.value) for d in x.dates if d.property == "launchDate"} == {
        ("Platform:鄂汇办", "2019-03-08"), ("Platform:赣服通", "2018-09-01")}


def test_shortened_platform_names_resolve_to_the_full_one(extractor):
    x = extractor.extract_text("四川：推进一体化\n建设全省一体化政务服务平台。各地系统与全省一体化平台对接，并与一体化平台深入对接。")
    platforms = [e for e in x.entities if e.type == "Platform"]
    assert len(platforms) == 1
    assert {"全省一体化平台", "一体化平台"} <= set(platforms[0].aliases)


@pytest.mark.parametrize("text, expected", [
    ("2023年2月27日，中共中央、国务院印发《数字中国建设整体布局规划》。", ("issuedBy", "数字中国建设整体布局规划", "中共中央")),
    ("2023年2月27日，中共中央、国务院印发《数字中国建设整体布局规划》。", ("issuedBy", "数字中国建设整体布局规划", "国务院")),
    ("深圳市大数据资源管理中心是深圳市政务服务和数据管理局下属的事业单位，负责市公共数据共享平台的运行维护。",
     ("partOf", "深圳市大数据资源管理中心", "深圳市政务服务和数据管理局")),
    ("深圳市大数据资源管理中心是深圳市政务服务和数据管理局下属的事业单位，负责市公共数据共享平台的运行维护。",
     ("operates", "深圳市大数据资源管理中心", "市公共数据共享平台")),
    ("市委网信办负责指导、监督市公共数据共享平台的安全管理工作。", ("supervises", "市委网信办", "市公共数据共享平台")),
    ("“i深圳”App由深圳市政务服务和数据管理局主办。", ("operates", "深圳市政务服务和数据管理局", "i深圳")),
    ("《浙江省公共数据条例》自2022年3月1日起施行。该条例由浙江省人大常委会审议通过。",
     ("issuedBy", "浙江省公共数据条例", "浙江省人大常委会")),
    ("全国人大常委会审议通过《中华人民共和国数据安全法》。", ("issuedBy", "中华人民共和国数据安全法", "全国人民代表大会常务委员会")),
])
def test_more_ways_of_saying_it(extractor, text, expected):
    assert expected in rels(extractor.extract_text(text))


def test_declared_short_names_stand_for_their_entity(extractor):
    x = extractor.extract_text(
        "青岛市城市运行管理服务平台（以下简称“市级平台”）由青岛市大数据发展管理局牵头建设。"
        "截至6月底，市级平台已接入视频监控点位逾26万路。市级平台已与12345政务服务便民热线实现数据共享。")
    platforms = [e for e in x.entities if e.type == "Platform"]
    city = next(e for e in platforms if e.name == "青岛市城市运行管理服务平台")
    assert "市级平台" in city.aliases and not any(e.name == "市级平台" for e in platforms)
    assert {(m.subject, m.value) for m in x.metrics} == {(city.key, 260000)}
    assert ("sharesDataWith", "青岛市城市运行管理服务平台", "12345政务服务便民热线") in rels(x)


def test_an_official_notice_title_names_its_issuer(extractor):
    x = extractor.extract_text("湖南省人民政府办公厅关于进一步加强政务数据共享工作的通知\n各市州人民政府，省直各部门：现通知如下。")
    assert ("issuedBy", "湖南省人民政府办公厅关于进一步加强政务数据共享工作的通知", "湖南省人民政府办公厅") in rels(x)
    assert not any("市州" in e.name for e in x.entities)     # the addressees are nobody in particular


def test_commissioned_publisher_first_and_partners_that_are_companies(extractor):
    x = extractor.extract_text("南京大学数字政府研究中心受国家数据局委托发布《2023年省级政务服务能力评估报告》。"
                               "青岛市人民政府与中国电信青岛分公司签署战略合作协议。")
    found = rels(x)
    assert ("commissionedBy", "2023年省级政务服务能力评估报告", "国家数据局") in found
    assert ("publishedBy", "2023年省级政务服务能力评估报告", "南京大学数字政府研究中心") in found
    assert ("cooperatesWith", "青岛市人民政府", "中国电信青岛分公司") in found


def test_a_report_summary_rates_and_features_without_naming_the_report_each_time(extractor):
    x = extractor.extract_text(
        "南京大学数字政府研究中心发布《2023年省级政务服务能力评估报告》。"
        "陕西、辽宁等16个省评估等级为“良好”。《报告》将江苏“苏服办”以及云南“一部手机办事通”作为典型案例进行了介绍。"
        "平台已与“爱山东·青e办”对接。")
    found = {(r.type, r.tail, r.rating) for r in x.relations if r.type in ("evaluates", "features")}
    assert ("evaluates", "Region:610000", "良好") in found and ("evaluates", "Region:210000", "良好") in found
    assert ("features", "Platform:苏服办", None) in found and ("features", "Platform:一部手机办事通", None) in found
    assert not any(t == "features" and tail.startswith("Region:") for t, tail, _ in found)
    assert "爱山东·青e办" in names(x, "Platform") and "皖事通办" not in names(x, "Platform")


def test_generic_platform_names_are_not_entities(extractor):
    x = extractor.extract_text("在线政务服务平台不断升级，各地业务办理系统深入对接。")
    assert names(x, "Platform") == set()
