"""Kinds of wording found in a tenth round of real pages (the ninth round's unread sets: data
bureaus, disclosure reports, cross-province services, town service centres, rankings), annotated
apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import rels
from .test_extract_wording import dates, metrics


def ranks(x) -> dict[str, float]:
    return {x.entity(m.subject).name: m.value for m in x.metrics if m.unit == "名"}


# -- ranks written with a bare 排 ------------------------------------------------------------------

def test_a_rank_after_a_bare_pai_is_the_places(extractor):
    x = extractor.extract_text("宜昌市在副省级以外城市评估中排第4位，襄阳市排全省第九。")
    assert ranks(x) == {"宜昌市": 4.0, "襄阳市": 9.0}


def test_ranks_shared_out_after_fenbie_pai_go_to_the_places_in_turn(extractor):
    x = extractor.extract_text("宜昌、襄阳、十堰在地方政府网站评估中分别排第5位、14位、28位，三市全部进入百强。")
    assert ranks(x) == {"宜昌市": 5.0, "襄阳市": 14.0, "十堰市": 28.0}
    assert not {v for n, v in metrics(x)} - {5.0, 14.0, 28.0}    # no count of 位 beside the ranks


def test_what_ranks_first_after_de_shi_is_a_category_not_the_body_before(extractor):
    x = extractor.extract_text("全年青溪市12345热线受理量突破110万件，其中来电量排第一位的是交通出行类问题。")
    assert "12345" not in " ".join(ranks(x))
    x = extractor.extract_text("在全省评估中，排名第一的是宜昌市，排第二的是襄阳市。")
    assert ranks(x) == {"宜昌市": 1.0, "襄阳市": 2.0}


def test_arranging_a_first_batch_is_no_rank(extractor):
    x = extractor.extract_text("青溪市政务服务中心安排第一批窗口入驻新大厅。")
    assert not ranks(x)


# -- a place's event is no part of a body's name ---------------------------------------------------

def test_a_place_holding_a_ceremony_at_its_centre_does_not_name_the_centre_with_the_verb(extractor):
    x = extractor.extract_text("8月17日上午，宜昌市举行政务服务中心新大厅启用仪式。")
    assert not [e.name for e in x.entities if "举行" in e.name]
    x = extractor.extract_text("宜昌市召开数据中心建设推进会。")
    assert not [e.name for e in x.entities if "召开" in e.name]


# -- places that sign agreements with each other (跨省通办) ------------------------------------------

def cooperating(x) -> set[frozenset[str]]:
    return {frozenset((h, t)) for k, h, t in rels(x) if k == "cooperatesWith"}


def test_a_place_signing_with_places_after_yu_cooperates_with_each(extractor):
    x = extractor.extract_text("宜昌市与湖南省岳阳市、江西省九江市签订了政务服务“跨省通办”合作协议。")
    assert cooperating(x) == {frozenset(("宜昌市", "岳阳市")), frozenset(("宜昌市", "九江市"))}


def test_places_listed_and_counted_that_sign_an_agreement_all_cooperate(extractor):
    x = extractor.extract_text("会上，宜昌、襄阳、荆州3地政务服务部门负责人签署了跨城通办合作协议。")
    assert cooperating(x) == {frozenset(("宜昌市", "襄阳市")), frozenset(("宜昌市", "荆州市")),
                              frozenset(("襄阳市", "荆州市"))}


def test_places_compared_or_in_a_list_cut_short_are_not_paired(extractor):
    x = extractor.extract_text("宜昌市与襄阳市相比，跨省通办事项还较少。")
    assert not cooperating(x)
    x = extractor.extract_text("当天，宜昌、襄阳、荆州等12个城市签订了合作协议。")    # 等: the list is cut short
    assert not cooperating(x)
    x = extractor.extract_text("宜昌市与襄阳市、荆州市等地签约，开展跨城通办。")      # one place with the others,
    assert cooperating(x) == {frozenset(("宜昌市", "襄阳市")), frozenset(("宜昌市", "荆州市"))}   # not each with each


# -- a web portal's local edition --------------------------------------------------------------------

def test_a_portals_local_edition_is_a_media_outlet_not_a_place_of_the_page(extractor):
    x = extractor.extract_text("武汉市、黄石市开展合作，实现跨城通办。\n来源：新浪湖北")
    assert ("新浪湖北", "Organization") in {(e.name, e.type) for e in x.entities}
    assert "湖北省" not in {e.name for e in x.entities}     # (no province the cities are parts of)
    x = extractor.extract_text("央广网嘉兴3月5日消息，嘉兴市上线“一件事”平台。")   # a dateline names the place
    assert "嘉兴市" in {e.name for e in x.entities if e.type == "Region"}


# -- a yearly report's title under a site's breadcrumbs, its year in brackets ----------------------------

REPORT_PAGE = ("您现在的位置 : 首页 > 政府信息公开 > 政府信息公开年度报告\n"
               "宜昌市数据资源管理局政府信息公开工作年度报告(2023年度)\n"
               "发布时间:2024-01-20 09:00\n\n"
               "2023年，市数据资源局认真贯彻落实《中华人民共和国政府信息公开条例》。\n"
               "全年在政务公开网站共发布信息230条，其中政策解读12条，规划计划7条。\n")


def test_a_report_title_under_breadcrumbs_is_the_pages_own_with_its_author(extractor):
    x = extractor.extract_text(REPORT_PAGE)
    title = "宜昌市数据资源管理局政府信息公开工作年度报告(2023年度)"
    assert (title, "Report") in {(e.name, e.type) for e in x.entities}
    assert ("publishedBy", title, "宜昌市数据资源管理局") in rels(x)
    assert (title, "publicationDate", "2024-01-20") in dates(x)


def test_figures_of_a_report_whose_title_gives_the_year_in_brackets_are_its_authors(extractor):
    x = extractor.extract_text(REPORT_PAGE)
    assert {("宜昌市数据资源管理局", 230.0), ("宜昌市数据资源管理局", 12.0), ("宜昌市数据资源管理局", 7.0)} <= metrics(x)


def test_a_news_headline_on_a_later_line_is_no_title_of_the_page(extractor):
    x = extractor.extract_text("宜昌市召开政务公开工作会议。\n宜昌市数据资源管理局2023年工作总结\n会议听取了汇报。")
    assert not [e for e in x.entities if e.type == "Report"]


# -- a site named again by what it became --------------------------------------------------------------

def test_the_relaunched_site_is_the_site_the_page_named(extractor):
    x = extractor.extract_text("宜昌市政府门户网站于5月正式上线。升级改版后的门户网站共有具体栏目230个，"
                               "月均信息更新量6100余条。")
    assert {("宜昌市政府门户网站", 230.0), ("宜昌市政府门户网站", 6100.0)} <= metrics(x)


def test_the_old_or_new_version_of_a_site_is_no_site_of_its_own(extractor):
    x = extractor.extract_text("新版网站对首页重新布局，将旧版网站40个一级栏目整合为9个主栏目。")
    assert not [e.name for e in x.entities if e.type == "Platform"]


# -- a body acting on the documents it cites ----------------------------------------------------------

def implemented(x) -> set[tuple[str, str]]:
    return {(h, t) for k, h, t in rels(x) if k == "implements"}


def test_a_body_acting_according_to_a_document_implements_it(extractor):
    x = extractor.extract_text("宜昌市大数据发展管理委员会根据《宜昌市政务公开工作要点》要求，扎实推进政府信息公开工作。")
    assert ("宜昌市大数据发展管理委员会", "宜昌市政务公开工作要点") in implemented(x)
    x = extractor.extract_text("按照《宜昌市政务公开工作要点》要求，宜昌市数据资源管理局优化了门户网站。")
    assert ("宜昌市数据资源管理局", "宜昌市政务公开工作要点") in implemented(x)


def test_in_a_bodys_own_report_a_sentence_naming_no_body_speaks_of_the_author(extractor):
    x = extractor.extract_text("宜昌市数据资源管理局2022年政府信息公开工作年度报告\n"
                               "按照新修订《中华人民共和国政府信息公开条例》要求，优化了门户网站页面布局。")
    assert ("宜昌市数据资源管理局", "中华人民共和国政府信息公开条例") in implemented(x)


def test_how_the_report_was_written_and_bodies_in_other_clauses_are_no_acts(extractor):
    x = extractor.extract_text("宜昌市数据资源管理局2022年政府信息公开工作年度报告\n"
                               "根据《中华人民共和国政府信息公开条例》(国务院令第711号)要求编制本报告。")
    assert not implemented(x)
    x = extractor.extract_text("按照《宜昌市政务公开工作要点》要求，结合宜昌市人民政府办公室印发的通报，开展自查。")
    assert not implemented(x)


# -- guards a review found wanting ---------------------------------------------------------------------

def test_a_kind_ranked_first_or_a_bare_pai_in_other_words_gives_no_body_a_rank(extractor):
    for sentence in ("宜昌市12345热线诉求中，城乡建设类排第一位，占比23%。", "宜昌市始终把群众满意排第一位。",
                     "宜昌市排第1的事项是社保查询。", "宜昌市和襄阳市分别排查隐患3、5处。"):
        assert not ranks(extractor.extract_text(sentence)), sentence


def test_places_not_yet_signing_or_alike_are_not_partners(extractor):
    for sentence in ("宜昌市与襄阳市距离较远，尚未开展合作。", "宜昌市与襄阳市之间尚未签订合作协议。",
                     "宜昌市同武汉市一样，积极推进跨省通办合作。"):
        assert not cooperating(extractor.extract_text(sentence)), sentence
    x = extractor.extract_text("宜昌市会同襄阳、荆州等城市，联合推出跨城通办服务。")     # the next clause's joint act
    assert cooperating(x) == {frozenset(("宜昌市", "襄阳市")), frozenset(("宜昌市", "荆州市"))}


def test_an_office_of_a_government_keeps_its_whole_name_as_a_reports_author(extractor):
    x = extractor.extract_text("宜昌市人民政府政务公开办公室政府信息公开工作年度报告(2021年度)\n全年发布信息230条。")
    assert ("宜昌市人民政府政务公开办公室", 230.0) in metrics(x)


def test_others_acting_on_a_document_are_not_the_reports_author(extractor):
    x = extractor.extract_text("宜昌市数据资源管理局2022年政府信息公开工作年度报告\n"
                               "华为公司按照《宜昌市政务云建设方案》要求完成了迁移。"
                               "《宜昌市数据管理办法》是根据《湖北省数据条例》制定的。")
    assert not implemented(x)


# -- tables whose first column names each row, flattened one cell a line -----------------------------

def test_a_table_of_places_flattened_one_cell_a_line_gives_each_place_its_figures(extractor):
    cells = ["城市", "EGDI 排名", "人均GDP 排名", "城市", "EGDI 排名", "人均GDP 排名",
             "宜昌", "1", "11", "襄阳", "4", "9",
             "荆州", "2", "10", "十堰", "3", "12"]
    x = extractor.extract_text("表3 城市电子政务发展与人均GDP\n" + "\n".join(c + " |" for c in cells) + "\n由表可见，两者相关。")
    found = {(x.entity(m.subject).name, m.name, m.value, m.unit) for m in x.metrics}
    assert {("宜昌市", "EGDI排名", 1.0, "名"), ("宜昌市", "人均GDP排名", 11.0, "名"),
            ("襄阳市", "EGDI排名", 4.0, "名"), ("十堰市", "人均GDP排名", 12.0, "名")} <= found
    assert len(found) == 8


def test_a_table_of_bodies_two_records_a_row_gives_each_its_figures(extractor):
    x = extractor.extract_text("各县承办工单数量及得分表\n| 单位 | 总工单数 | 得分 | 单位 | 总工单数 | 得分 |\n"
                               "| 兴山县 | 1115 | 145.76 | 远安县 | 1857 | 144.69 |\n")
    assert {("兴山县", 1115.0), ("兴山县", 145.76), ("远安县", 1857.0), ("远安县", 144.69)} <= metrics(x)


def test_cells_that_do_not_keep_to_the_columns_are_no_table(extractor):
    cells = ["城市", "排名", "说明", "宜昌", "1", "领先", "襄阳", "2", "较好"]
    x = extractor.extract_text("\n".join(c + " |" for c in cells))
    assert not x.metrics


# -- more ways a report's summary rates places (rating_phrases.tsv) -------------------------------------

def evaluated(x) -> set[str]:
    return {t for k, h, t in rels(x) if k == "evaluates"}


def test_places_in_a_reports_top_ten_or_keeping_the_lead_are_rated_by_it(extractor):
    x = extractor.extract_text("某实验室发布了《2023年城市数字发展指数报告》。"
                               "根据总指数得分，宜昌、襄阳和荆州均进入前10名。")
    assert {"宜昌市", "襄阳市", "荆州市"} <= evaluated(x)
    x = extractor.extract_text("《2023年省级政府一体化政务服务能力调查评估报告》发布。"
                               "宜昌和襄阳在重点城市评估中继续保持领先。")
    assert {"宜昌市", "襄阳市"} <= evaluated(x)


def test_an_index_rated_in_quotes_is_the_reports_rating_of_the_place(extractor):
    x = extractor.extract_text("《2023年省级政府一体化政务服务能力调查评估报告》发布。"
                               "湖北省级政府一体化政务服务能力总体指数“非常高”。")
    assert "湖北省" in evaluated(x)


# -- a street's community affairs centre, and the centre named again -----------------------------------

def test_a_streets_community_affairs_centre_is_a_body_named_with_its_street(extractor):
    x = extractor.extract_text("宜昌市西陵区云集街道社区事务受理服务中心正式启用。")
    assert any(e.type == "Agency" and e.name.endswith("云集街道社区事务受理服务中心") for e in x.entities)


def test_the_newly_built_service_centre_is_the_centre_named_before(extractor):
    x = extractor.extract_text("宜昌市西陵区云集街道社区事务受理服务中心正式启用。\n一、功能布局\n"
                               "新建成的服务中心位于夷陵大道,占地面积近500平方米。")
    centre = next(e.name for e in x.entities if e.type == "Agency")
    assert (centre, 500.0) in metrics(x)


# -- handles ending where the sentence goes on -----------------------------------------------------------

def test_a_handle_ends_before_account_words_and_a_verb_done(extractor):
    x = extractor.extract_text("从影响力上看，@宜昌消防、@三峡大学、@宜昌共青团账号阅读量均为亿以上。")
    assert {"宜昌消防", "三峡大学", "宜昌共青团"} <= platform_names(x)     # (@三峡大学: the university's account)
    x = extractor.extract_text("@宜昌发布发布了防汛通知。")
    assert "宜昌发布" in platform_names(x)


def platform_names(x) -> set[str]:
    return {e.name for e in x.entities if e.type == "Platform"}


# -- a count of websites is the place's -------------------------------------------------------------

def test_websites_counted_are_the_places_not_the_site_or_body_named_before(extractor):
    x = extractor.extract_text("目前，宜昌市共有政府网站104个，其中市政府门户网站1个；市级部门网站35个，县级网站68个。")
    assert {("宜昌市", 104.0), ("宜昌市", 35.0), ("宜昌市", 68.0)} <= metrics(x)
    x = extractor.extract_text("湖北省政府办公厅对湖北省运行中的798家政府网站进行抽查，发现不合格网站16家。")
    assert {("湖北省", 798.0), ("湖北省", 16.0)} <= metrics(x)


def test_websites_a_platform_took_in_are_the_platforms_count(extractor):
    x = extractor.extract_text("宜昌市电子政务外网完成了对全市50余个党政部门网站的整合。")
    assert ("宜昌市", 50.0) not in metrics(x)


# -- a yearly report's site figures ------------------------------------------------------------------

def test_a_number_spaced_from_yu_and_counted_in_pian_or_feng_is_a_figure(extractor):
    x = extractor.extract_text("宜昌市政府门户网站发布政务信息 7362 余条，互动交流栏目收到网友来信 1160 多封，"
                               "微信公众号推送信息1350篇。")
    assert {7362.0, 1160.0, 1350.0} <= {v for n, v in metrics(x)}


def test_the_sites_figures_in_a_sentence_naming_none_are_the_site_the_page_names_most(extractor):
    x = extractor.extract_text("宜昌市政府门户网站改版上线。宜昌市政府门户网站开设专栏12个。"
                               "我们要建设服务型政府网站。\n据统计，全年网站访问量突破1300多万，发布政务信息7362条。")
    assert {("宜昌市政府门户网站", 13000000.0), ("宜昌市政府门户网站", 7362.0)} <= metrics(x)


# -- the disclosure office and the report format every yearly report cites ------------------------------

def test_the_report_format_is_a_document_not_a_government_named_in_it(extractor):
    x = extractor.extract_text("根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求，"
                               "国务院办公厅政府信息与政务公开办公室组织编制。")
    names = {(e.name, e.type) for e in x.entities}
    assert ("中华人民共和国政府信息公开工作年度报告格式", "Policy") in names
    assert ("国务院办公厅政府信息与政务公开办公室", "Agency") in names
    assert not [n for n, t in names if t == "Agency" and n.startswith("中华人民共和国")]


def test_a_floors_hall_is_no_platform(extractor):
    x = extractor.extract_text("中心一楼综合服务大厅设置了10个窗口，二楼大厅设有不动产交易专区。")
    assert not [n for n in platform_names(x) if n.startswith("楼")]


def test_clauses_that_end_on_a_body_or_platform_word_name_none(extractor):
    for sentence in ("世界各主要国家电子政务发展正从支撑部门依法履职向融合服务转变。",
                     "市直各单位原则上不得新建数据中心、机房等通用基础设施。",
                     "“网上大厅”事项的成功录入和大厅的改造提升打下了基础。"):
        x = extractor.extract_text(sentence)
        assert not [e.name for e in x.entities if e.type in ("Agency", "Platform") and e.name != "网上大厅"], sentence


def test_a_platforms_flagship_store_for_a_district_is_its_branch(extractor):
    x = extractor.extract_text("锡企服务平台滨湖旗舰店上线，入驻事项100%可网办。")
    assert ("partOf", "锡企服务平台滨湖旗舰店", "锡企服务平台") in rels(x)
    assert ("serves", "锡企服务平台滨湖旗舰店", "滨湖区") in rels(x)


def test_ben_banfa_under_its_own_heading_is_that_measure_not_the_notice_handing_it_out(extractor):
    x = extractor.extract_text(
        "宜昌市人民政府办公室关于印发政务电子印章管理办法和政务电子证照管理办法的通知\n"
        "《宜昌市政务电子印章管理办法》和《宜昌市政务电子证照管理办法》已经市政府同意，现印发给你们。\n"
        "宜昌市人民政府办公室\n2021年12月16日\n宜昌市政务电子印章管理办法\n第一章 总 则\n"
        "第一条 为规范政务电子印章管理，根据《中华人民共和国电子签名法》，结合本市实际，制定本办法。\n")
    assert ("basedOn", "宜昌市政务电子印章管理办法", "中华人民共和国电子签名法") in rels(x)


def test_a_banner_is_a_county_level_place_whose_quan_qi_carries_figures(extractor):
    x = extractor.extract_text("正蓝旗政务服务局2021年政府信息公开工作年度报告\n2021年，全旗政务服务事项网上可办率达到98%。")
    assert ("正蓝旗", 0.98) in metrics(x)


def test_a_role_written_after_the_platform_then_wei_gives_the_body_that_holds_it(extractor):
    x = extractor.extract_text("宜昌市政务云平台的主管部门为宜昌市数据资源管理局。“宜昌通”APP的运营单位为宜昌市大数据中心。")
    assert ("supervises", "宜昌市数据资源管理局", "宜昌市政务云平台") in rels(x)
    assert ("operates", "宜昌市大数据中心", "宜昌通") in rels(x)


# -- guards the second review asked for ---------------------------------------------------------------

def test_review_two_handles_and_counts_of_sites_and_phases(extractor):
    assert {"宜昌消防", "宜昌发布"} <= platform_names(extractor.extract_text("@宜昌消防做了大量宣传。@宜昌发布开了直播间。"))
    for sentence, wrong in (("武汉市数据局在宜昌市调研时指出，该局管理的政府网站共有35个。", ("宜昌市", 35.0)),
                            ("湖北省政府办公厅抽查了宜昌市、襄阳市、荆州市运行中的政府网站120家。", ("荆州市", 120.0)),
                            ("宜昌市政务云平台已建成2期项目。", ("宜昌市政务云平台", 2.0))):
        assert wrong not in metrics(extractor.extract_text(sentence)), sentence


def test_review_two_ratings_need_an_assessment(extractor):
    for sentence in ("宜昌市12345热线诉求量前10名的事项是社保查询。", "宜昌市GDP增速保持领先。"):
        x = extractor.extract_text("《2023年省级政府一体化政务服务能力调查评估报告》发布。" + sentence)
        assert not evaluated(x), sentence


def test_review_two_tables_keep_identifiers_out_and_records_apart(extractor):
    x = extractor.extract_text("联系表\n| 单位名称 | 邮政编码 | 联系电话 |\n| 宜昌市数据资源管理局 | 443000 | 12345 |\n"
                               "| 襄阳市数据资源管理局 | 441000 | 12346 |\n")
    assert not x.metrics
    x = extractor.extract_text("表\n| 城市 | 排名 | 得分 | 城市 | 排名 | 指数 |\n| 宜昌 | 1 | 95 | 襄阳 | 4 | 9 |\n"
                               "| 荆州 | 2 | 93 | 十堰 | 5 | 8 |\n")
    assert {("宜昌市", 95.0), ("襄阳市", 9.0)} <= metrics(x) and ("宜昌市", 9.0) not in metrics(x)


def test_review_two_roles_read_one_way(extractor):
    x = extractor.extract_text("宜昌市数据资源管理局的主管部门为宜昌市人民政府。")
    assert {(k, h, t) for k, h, t in rels(x) if k == "supervises"} == {("supervises", "宜昌市人民政府", "宜昌市数据资源管理局")}
    x = extractor.extract_text("宜昌市政务云平台的运维单位为宜昌市数据资源管理局指定的企业。")
    assert not [k for k, h, t in rels(x) if k == "operates"]


def test_a_report_opening_on_how_it_was_compiled_still_has_its_opening_body_as_author(extractor):
    x = extractor.extract_text("本报告根据《中华人民共和国政府信息公开条例》编制，由总体情况等六个部分组成。\n一、总体情况\n"
                               "2020年，宜昌市人民政府办公室认真落实条例，不断提高政务公开质量。\n"
                               "2020年收到政府信息公开申请190件，共办理完成198件。\n")
    assert {("宜昌市人民政府办公室", 190.0), ("宜昌市人民政府办公室", 198.0)} <= metrics(x)


def test_sites_counted_in_a_sentence_naming_nothing_are_the_pages_places(extractor):
    x = extractor.extract_text("宜昌市2020年政府网站与政务新媒体绩效评估情况\n一、总体情况\n"
                               "2020年，列入绩效评估的县区网站共9个，90分以上4个。")
    assert {("宜昌市", 9.0), ("宜昌市", 4.0)} <= metrics(x)


def test_a_places_own_yearly_report_gives_the_place_its_unnamed_figures(extractor):
    x = extractor.extract_text("湖北省2019年政府信息公开工作年度报告\n一、总体情况\n"
                               "2019年，湖北省各级行政机关认真贯彻《中华人民共和国政府信息公开条例》。\n"
                               "从公开渠道来看，政府网站公开信息492.73万条，占比58.51%。\n")
    assert {("湖北省", 4927300.0), ("湖北省", 0.5851)} <= metrics(x)
    assert not implemented(x)       # (a place implements nothing; its bodies do)


def test_places_of_a_type_and_places_whose_ease_is_high_are_rated_by_the_report(extractor):
    x = extractor.extract_text("《2023年中国数字政府发展指数报告》发布。地级市层面属于引领型数字政府的城市有：宜昌、襄阳、荆州3个城市。")
    assert {"宜昌市", "襄阳市", "荆州市"} <= evaluated(x)
    assert {r.rating for r in x.relations if r.type == "evaluates"} == {"引领型"}
    x = extractor.extract_text("《2023年营商环境评价报告》发布。从评价结果看，宜昌市、襄阳市等2个城市营商环境便利度高，市场主体获得感强。")
    assert {"宜昌市", "襄阳市"} <= evaluated(x)


def test_a_title_with_a_subtitle_is_typed_by_its_main_title_and_levels_of_government_are_no_bodies(extractor):
    x = extractor.extract_text("复旦大学发布《中国地方政府数据开放报告：指标体系与省域标杆》。")
    assert ("中国地方政府数据开放报告：指标体系与省域标杆", "Report") in {(e.name, e.type) for e in x.entities}
    x = extractor.extract_text("报告分为中国省级政府、中国地级市政府、中国县级政府、中国市辖区政府四个层级。")
    assert not [e for e in x.entities if e.type == "Agency"]


def test_base_libraries_and_licence_stores_are_platforms(extractor):
    x = extractor.extract_text("宜昌市建成电子证照库，归集证照200万张；地理信息库完成187万条二维数据入库。")
    assert {"电子证照库", "地理信息库"} <= platform_names(x)
    assert ("电子证照库", 2000000.0) in metrics(x)


def test_a_quoted_index_with_its_subtitle_and_a_business_environment_task_force(extractor):
    x = extractor.extract_text("复旦大学发布了“2021上半年中国开放数林指数——省域标杆”。")
    assert ("2021上半年中国开放数林指数——省域标杆", "Report") in {(e.name, e.type) for e in x.entities}
    x = extractor.extract_text("海南省优化营商环境工作专班发布的《2022年海南自由贸易港营商环境评价报告》显示，海口表现最优。")
    assert ("publishedBy", "2022年海南自由贸易港营商环境评价报告", "海南省优化营商环境工作专班") in rels(x)


def test_an_item_listed_among_named_systems_is_a_system_too(extractor):
    x = extractor.extract_text("平台包括公共数据开放网站、开放资源目录管理系统、资源申请审批系统、社会机构开放数据接入系统等功能模块。")
    assert "社会机构开放数据接入系统" in platform_names(x)
    x = extractor.extract_text("平台包括数据基础底座、地理信息平台、视频汇聚平台、全域安全指挥平台4大核心平台。")
    assert not [n for n in platform_names(x) if "4大" in n]


def test_a_quoted_self_service_terminal_is_a_platform(extractor):
    x = extractor.extract_text("“宜事通”政府服务自助机实现全市行政村全覆盖，提供超500个服务事项。")
    assert ("宜事通", 500.0) in metrics(x)
