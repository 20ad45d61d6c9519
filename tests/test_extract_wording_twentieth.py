"""Kinds of wording found in a twentieth round of real pages (cross-province services and their figures,
data bureaus and company agreements, e-licences, trading and credit platforms), annotated apart
from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels
from .test_extract_wording import metrics
from .test_extract_wording_eighteenth import aliases
from .test_extract_wording_fourteenth import dated


def days(x) -> set[tuple[str, str]]:
    """(property, day) of every date found, whatever it dates."""
    return {(prop, value) for _, prop, value in dated(x)}


# -- amounts written with 千多万 / 百余亿 ----------------------------------------------------------------

def test_a_thousand_and_more_ten_thousands_is_tens_of_millions(extractor):
    x = extractor.extract_text("整合自建系统后，遵义市每年可节约运维费用约4千多万元。")
    figures = {(m.value, m.op) for m in x.metrics}
    assert (40000000.0, ">") in figures


def test_jieyue_is_a_verb_not_about(extractor):
    x = extractor.extract_text("六盘水市节约财政资金3千余万元。")
    metric = next(m for m in x.metrics if m.value == 30000000.0)
    assert metric.name == "节约财政资金" and metric.op == ">"


# -- counts of built things name what they count --------------------------------------------------------

def test_a_count_after_a_bare_verb_is_named_by_what_it_counts(extractor):
    x = extractor.extract_text("安顺市已建成8个数据库，新建15个乡(镇、街道)便民服务中心。")
    assert {m.name for m in x.metrics} >= {"建成数据库", "新建乡(镇、街道)便民服务中心"}


def test_a_service_centre_after_a_count_and_its_levels_in_brackets_is_a_kind(extractor):
    x = extractor.extract_text("毕节市已建成260多个乡(镇、街道)政务服务中心。")
    assert "政务服务中心" not in names(x, "Agency")
    assert ("毕节市", 260) in metrics(x)


def test_what_an_online_hall_counted_does_not_carry_to_centres_built_later(extractor):
    x = extractor.extract_text("目前，铜仁市网上办事大厅注册用户达58万人，办件量61万件。"
                               "专家点评：夯实线下基础。已建成128个乡镇便民服务中心。")
    assert "铜仁市网上办事大厅" in names(x, "Platform")
    assert ("铜仁市网上办事大厅", 128) not in metrics(x)
    assert "乡镇便民服务中心" not in names(x, "Agency")


# -- what a sentence's figures were studied through -----------------------------------------------------

def test_the_platform_a_survey_looked_at_does_not_take_the_places_figures(extractor):
    x = extractor.extract_text("通过对湖北政务服务网“跨省通办”专区的查询和调研统计，截至2023年6月，"
                               "湖北省通过多种方式推进跨省通办，总计完成132项。")
    assert ("湖北省", 132) in metrics(x)
    assert not any(name.startswith("湖北政务服务网") for name, _ in metrics(x))


def test_what_a_survey_looked_at_keeps_the_figures_where_nothing_else_is_named(extractor):
    x = extractor.extract_text("通过对“渝快办”用户的问卷调查，用户满意度达96%。据市12345热线统计，今年以来共受理诉求120万件。")
    assert {("渝快办", 0.96), ("市12345热线", 1200000)} <= metrics(x)


# -- a platform glossed in brackets, and a hub joined to a list --------------------------------------------

def test_a_platform_glossed_in_brackets_is_one_platform(extractor):
    x = extractor.extract_text("广东推出粤商通(一站式移动涉企服务平台)，方便企业办事。")
    assert "一站式移动涉企服务平台" in aliases(x, "粤商通")
    assert "一站式移动涉企服务平台" not in names(x, "Platform")


def test_a_hub_joined_to_a_list_of_platforms_integrates_each(extractor):
    x = extractor.extract_text("“粤公平”连通广东政务服务网、粤商通(企业服务平台)、粤省心等平台。")
    assert {("integratesWith", "粤公平", "广东政务服务网"), ("integratesWith", "粤公平", "粤商通"),
            ("integratesWith", "粤公平", "粤省心")} <= rels(x)


def test_one_platform_joining_another_is_still_taken_in_by_it(extractor):
    x = extractor.extract_text("贵州政务服务网对接国家政务服务平台。")
    assert ("integratesWith", "国家政务服务平台", "贵州政务服务网") in rels(x)


def test_a_family_of_platforms_is_no_platform(extractor):
    x = extractor.extract_text("浙江建成浙里办、浙政钉等浙系列平台，并打通省内平台。")
    assert not {"浙系列平台", "省内平台"} & names(x, "Platform")
    assert {"浙里办", "浙政钉"} <= names(x, "Platform")


# -- joint notices of a Party committee and a government ---------------------------------------------------

def test_a_space_after_each_pinyin_gloss_goes_with_it(extractor):
    x = extractor.extract_text("為(wei) 貫徹落實黨(dang) 中央、國務院關(guan) 於(yu) 數據工作的決策部署，成都市加快建設。")
    assert "中共中央" in names(x, "Agency") or "党中央" in names(x, "Agency")
    assert "为贯彻落实党中央" in x.document.text


def test_two_bodies_spaced_apart_before_issuing_both_issue(extractor):
    x = extractor.extract_text("中共成都市委 成都市人民政府印发《关于加快发展数据要素市场的实施意见》的通知")
    assert {("issuedBy", "关于加快发展数据要素市场的实施意见", "中共成都市委"),
            ("issuedBy", "关于加快发展数据要素市场的实施意见", "成都市人民政府")} <= rels(x)


def test_a_party_committee_written_without_zhonggong_is_the_same_body(extractor):
    x = extractor.extract_text("中共成都市委召开会议。会上，成都市委对数据工作作出部署。")
    assert "成都市委" in aliases(x, "中共成都市委")
    assert "成都市委" not in names(x, "Agency")


def test_opinions_put_forward_below_rest_on_the_law_they_carry_out(extractor):
    x = extractor.extract_text("关于加快发展数据要素市场的实施意见\n"
                               "为贯彻落实党中央、国务院决策部署，深入实施《成都市数字经济促进条例》，"
                               "结合本市实际，现提出如下实施意见。")
    assert ("basedOn", "关于加快发展数据要素市场的实施意见", "成都市数字经济促进条例") in rels(x)


# -- a draft put out for comment ---------------------------------------------------------------------------

def test_a_call_for_comments_is_the_pages_notice_and_is_dated_by_its_signature(extractor):
    x = extractor.extract_text(
        "绵阳市数据局关于征求《绵阳市公共数据开放管理办法(征求意见稿)》意见建议的公告\n\n"
        "市数据局牵头起草了《绵阳市公共数据开放管理办法(征求意见稿)》，现向社会公开征求意见。\n\n"
        "绵阳市数据局\n2024年3月8日")
    notice = "绵阳市数据局关于征求《绵阳市公共数据开放管理办法(征求意见稿)》意见建议的公告"
    assert notice in names(x, "Policy")
    assert dated(x) == {(notice, "issueDate", "2024-03-08")}


def test_a_call_for_comments_titled_the_other_way_round_is_the_pages_notice_too(extractor):
    x = extractor.extract_text(
        "绵阳市数据局关于《绵阳市公共数据开放管理办法（征求意见稿）》公开征求意见的公告\n\n"
        "现将《绵阳市公共数据开放管理办法（征求意见稿）》全文公布，向社会公开征求意见。\n\n绵阳市数据局\n2024年3月8日")
    notice = "绵阳市数据局关于《绵阳市公共数据开放管理办法（征求意见稿）》公开征求意见的公告"
    assert dated(x) == {(notice, "issueDate", "2024-03-08")}


def test_a_plan_issued_after_comments_were_sought_is_issued(extractor):
    x = extractor.extract_text(
        "《德阳市公共数据开放实施细则》经广泛征求意见并经市政府同意，现印发给你们，请认真贯彻执行。\n"
        "德阳市人民政府办公室\n2024年4月2日")
    assert days(x) == {("issueDate", "2024-04-02")}


def test_the_body_that_drafted_a_law_does_not_issue_it(extractor):
    x = extractor.extract_text("由市政务服务数据管理局起草的《德阳市公共数据管理办法》经市政府常务会议审议通过。")
    assert ("issuedBy", "德阳市公共数据管理办法", "市政务服务数据管理局") not in rels(x)


def test_a_draft_signed_under_a_call_for_comments_is_published_that_day_not_issued(extractor):
    x = extractor.extract_text(
        "市数据局研究起草了《德阳市公共数据授权运营实施方案》。为广泛听取意见，现将《德阳市公共数据授权运营实施方案》"
        "向社会公开，欢迎各有关单位提出意见建议。\n德阳市数据局\n2025年5月9日")
    assert days(x) == {("publicationDate", "2025-05-09")}
    assert ("issuedBy", "德阳市公共数据授权运营实施方案", "德阳市数据局") in rels(x)


def test_the_day_of_the_meeting_that_approved_a_plan_is_not_its_issue_date(extractor):
    x = extractor.extract_text(
        "《全市政务数据共享工作方案》已经2024年5月8日召开的市政府常务会议审议通过，现予印发，请认真贯彻执行。\n"
        "2024年5月20日")
    assert days(x) == {("issueDate", "2024-05-20")}


def test_a_report_released_at_a_meeting_is_published_that_day(extractor):
    x = extractor.extract_text("在2023年3月8日举行的新闻发布会上，德阳市数据局发布了《2022年德阳市数字政府发展白皮书》。")
    assert ("publicationDate", "2023-03-08") in days(x)


# -- what the review of the round found ----------------------------------------------------------------------

def test_a_bracketed_remark_stays_out_of_a_counts_name(extractor):
    x = extractor.extract_text("市数据局已建成6个（含2个省级）主题数据库。")
    assert not any("含" in m.name for m in x.metrics)


def test_integrating_about_so_many_is_still_about(extractor):
    x = extractor.extract_text("“粤省事”平台整合约1800项高频服务。")
    assert ("~", 1800.0) in {(m.op, m.value) for m in x.metrics}


def test_a_platforms_figures_go_on_after_what_it_built(extractor):
    x = extractor.extract_text("“赣服通”5.0版于2023年正式上线。已开发各类应用1200余项，累计注册用户超4000万。")
    assert {("赣服通", 1200), ("赣服通", 40000000)} <= metrics(x)


def test_a_body_joining_a_list_of_platforms_is_no_hub(extractor):
    x = extractor.extract_text("市政务服务中心连通“穗好办”、“穗智管”等平台。“赣服通”已接入国家政务服务平台、省数据共享交换平台。")
    assert not any(r[0] == "integratesWith" and r[1] == "市政务服务中心" for r in rels(x))
    assert ("integratesWith", "国家政务服务平台", "赣服通") in rels(x)
    assert ("integratesWith", "赣服通", "国家政务服务平台") not in rels(x)


def test_a_quoted_brand_in_brackets_stays_a_platform_of_its_own(extractor):
    x = extractor.extract_text("浙江政务服务网（“浙里办”）已归集服务3000项。")
    assert {"浙江政务服务网", "浙里办"} <= names(x, "Platform")


def test_a_breadcrumbs_last_body_does_not_issue(extractor):
    x = extractor.extract_text("当前位置：首页 > 通知公告 > 市数据局 市政府办公厅印发《德阳市数据开放细则》")
    assert ("issuedBy", "德阳市数据开放细则", "市数据局") not in rels(x)


def test_a_party_committees_office_written_without_zhonggong_is_the_same_body(extractor):
    x = extractor.extract_text("中共成都市委网信办召开会议。成都市委网信办要求各区落实。")
    assert "成都市委网信办" in aliases(x, "中共成都市委网信办")


def test_a_call_for_comments_signs_as_its_page_only_under_its_issuers_name():
    from govkg.loaders.signature import OWN_TITLE
    assert OWN_TITLE.search("绵阳市数据局关于《绵阳市数据管理办法》公开征求意见的公告")
    assert OWN_TITLE.search("绵阳市数据局关于征求《绵阳市数据管理办法》意见建议的公告")
    assert not OWN_TITLE.search("关于《绵阳市数据管理办法》公开征求意见的公告")   # (as 关于…的通知 needs its issuer)
