"""Kinds of wording found in a twenty-fifth round of real pages (Hong Kong, Macao and Taiwan services,
much of it in Traditional script; procurement of government IT projects and clouds; public-data
authorised operation and data exchanges), annotated apart from the code.

As in test_extract_wording.py, every sentence is written for the tests; each
shows one kind of wording, not an article.
"""
from __future__ import annotations

from .test_extract import names, rels


# -- bodies ----------------------------------------------------------------------------------------------

def test_the_party_centre_and_state_council_glued_in_a_title_are_two_issuers(extractor):
    x = extractor.extract_text("依据《中共中央国务院关于加快建设统一数据市场的意见》，结合本区实际制定本办法。")
    assert {"中共中央", "国务院"} <= names(x, "Agency")
    assert "中共中央国务院" not in names(x, "Agency")
    title = "中共中央国务院关于加快建设统一数据市场的意见"
    assert ("issuedBy", title, "中共中央") in rels(x) and ("issuedBy", title, "国务院") in rels(x)


def test_a_place_before_guanyu_in_a_title_is_no_issuing_body(extractor):
    x = extractor.extract_text("9月1日，市政府办公室印发《温州市关于建设气象防灾减灾示范区的实施意见》。")
    assert "温州市" not in names(x, "Agency")
    assert "温州市" in names(x, "Region")


def test_a_special_administrative_regions_government_by_its_short_form(extractor):
    x = extractor.extract_text("澳門特區政府本月推出三項電子服務。")
    assert "澳门特别行政区政府" in names(x, "Agency")
    assert ("jurisdiction", "澳门特别行政区政府", "澳门特别行政区") in rels(x)


def test_the_state_council_and_military_commission_glued_in_a_title_are_two_issuers(extractor):
    x = extractor.extract_text("根据《国务院中央军委关于某项改革的意见》，制定本办法。")
    assert {"国务院", "中央军委"} <= names(x, "Agency")


def test_a_special_administrative_regions_government_is_no_peoples_government(extractor):
    x = extractor.extract_text("香港特别行政区政府与某省人民政府签署合作协议。")
    assert "香港特别行政区政府" in names(x, "Agency")
    assert "香港特别行政区人民政府" not in names(x, "Agency")


def test_a_special_administrative_regions_government_beside_a_mainland_one(extractor):
    x = extractor.extract_text("香港特区政府与某省人民政府签署合作备忘录。")
    assert "香港特别行政区政府" in names(x, "Agency")


def test_a_special_administrative_regions_bureau_named_on_is_not_its_government(extractor):
    x = extractor.extract_text("澳门特区政府经济及科技发展局与某省商务厅签署合作协议。")
    assert "澳门特别行政区政府" not in names(x, "Agency")


def test_a_body_the_model_joins_to_a_partner_by_tong_with(extractor):
    x = extractor.extract_text("天津市场监督管理委员会同中行天津分行合作，推广电子营业执照。")
    assert "中行天津分行" in names(x, "Organization")


def test_a_bureau_named_for_two_fields_joined_by_ji(extractor):
    x = extractor.extract_text("金管局、证券及期货事务监察委员会等监管机构发出通函。创新及科技局局长表示，服务将于下月推出。")
    assert {"证券及期货事务监察委员会", "创新及科技局"} <= names(x, "Agency")


def test_bodies_listed_with_ji_are_no_bureau_named_for_two_fields(extractor):
    x = extractor.extract_text("会议强调，中国人民银行及国家外汇管理局要加强协作；税务部门牵头，公安机关及市场监管局配合。")
    assert {"中国人民银行", "国家外汇管理局", "市场监管局"} <= names(x, "Agency")
    x = extractor.extract_text("该平台由卫生及健康局建设运营。")
    assert "该平台由卫生及健康局" not in names(x, "Agency")


def test_a_bureau_named_for_two_fields_after_its_government(extractor):
    x = extractor.extract_text("香港特区政府创新科技及工业局下辖的办公室今日成立。")
    assert "香港特别行政区政府创新科技及工业局" in names(x, "Agency")
    assert ("jurisdiction", "香港特别行政区政府创新科技及工业局", "香港特别行政区") in rels(x)


def test_two_bodies_joined_by_ji_stay_two(extractor):
    x = extractor.extract_text("市财政局及市审计局联合开展检查。")
    assert {"市财政局", "市审计局"} <= names(x, "Agency")


def test_a_party_committees_talent_office_after_zhonggong(extractor):
    x = extractor.extract_text("各设区市数据局、人才办：\n江苏省数据局 中共江苏省委人才办")
    assert "中共江苏省委人才办" in names(x, "Agency")
    assert "中共江苏省委" not in names(x, "Agency")
    assert ("jurisdiction", "中共江苏省委人才办", "江苏省") in rels(x)


def test_a_places_cppcc_committee_named_in_full_and_short(extractor):
    x = extractor.extract_text("中国人民政治协商会议吉林市委员会 2019-09-09\n吉林市政协上线提案管理系统。")
    assert "中国人民政治协商会议吉林市委员会" in names(x, "Agency")
    assert not {"吉林市委员会", "吉林市政协"} & names(x, "Agency")
    assert ("jurisdiction", "中国人民政治协商会议吉林市委员会", "吉林市") in rels(x)


def test_a_cppcc_app_or_the_institution_at_large_is_no_committee(extractor):
    x = extractor.extract_text("推进智慧政协建设，上线“掌上政协”，发挥人民政协作用。")
    assert not names(x, "Agency")


def test_a_body_guiding_another_read_as_one_word_is_two(extractor):
    x = extractor.extract_text("国办指导人社部推进电子社保卡应用。")
    assert {"国务院办公厅", "人力资源和社会保障部"} <= names(x, "Agency")
    assert ("supervises", "国务院办公厅", "人力资源和社会保障部") in rels(x)


def test_a_countys_information_office(extractor):
    x = extractor.extract_text("验收组希望横山县信息办工作人员尽快熟悉平台。")
    assert "横山县信息办" in names(x, "Agency")
    assert ("jurisdiction", "横山县信息办", "横山县") in rels(x)


def test_a_numeral_after_a_province_abbreviation_makes_no_app_of_the_province(extractor):
    x = extractor.extract_text("两岸“新三通”不断深化，交流日益密切。")
    assert "新疆维吾尔自治区" not in names(x, "Region")
    x = extractor.extract_text("“湘一码”正式上线，实现多码融合。")    # (一码: one code, the app's own word)
    assert ("serves", "湘一码", "湖南省") in rels(x)


# -- platforms -------------------------------------------------------------------------------------------

def test_quoted_names_listed_as_digital_platforms_are_platforms_where_quoted_again(extractor):
    x = extractor.extract_text("某区依托“一户通”、“企社通”等数字平台推进服务电子化。目前“一户通”提供320项服务。")
    assert {"一户通", "企社通"} <= names(x, "Platform")
    assert ("一户通", 320.0, "项") in {(x.entity(m.subject).name, m.value, m.unit) for m in x.metrics}


def test_quoted_ways_and_kinds_listed_as_smart_platforms_are_no_platforms(extractor):
    x = extractor.extract_text("某市推广“智慧交通”、“智慧医疗”等智慧平台，建成“雪亮工程”、“天网工程”等智慧平台。"
                               "全市“智慧交通”项目投资5亿元。")
    assert not names(x, "Platform")
    x = extractor.extract_text("全省推进“数字政府”、“数字经济”等数字平台建设。")
    assert not names(x, "Platform")


def test_tai_opening_an_app_name_is_no_abbreviation_of_taiwan(extractor):
    x = extractor.extract_text("某市上线“台风预警码”，市民扫码即可获取预警信息。")
    assert "台风预警码" in names(x, "Platform")
    assert "台湾省" not in names(x, "Region")


def test_computing_power_centres_joined_to_a_network_are_platforms(extractor):
    x = extractor.extract_text("调度中心实现广州人工智能公共算力中心、横琴先进智能计算中心等超算、智算中心的资源接入。")
    assert {"广州人工智能公共算力中心", "横琴先进智能计算中心"} <= names(x, "Platform")
    x = extractor.extract_text("到2027年，大规模智能计算中心达到15个左右，建设一批中游算力中心。")
    assert not names(x, "Platform")


def test_a_short_form_leaving_out_usual_words_is_no_umbrella(extractor):
    x = extractor.extract_text("广东省一体化政务服务平台、广东省网上政务服务平台持续完善，广东省政务服务平台累计办件5000万件。")
    assert "广东省政务服务平台" not in names(x, "Platform")


def test_a_channel_or_a_level_joined_before_a_platform_is_no_part_of_its_name(extractor):
    x = extractor.extract_text("群众可通过窗口和网上政务服务平台办理。")
    assert "窗口和网上政务服务平台" not in names(x, "Platform")
    x = extractor.extract_text("城市运行管理和应急处置系统正式上线，某区建成社区和居家养老服务平台。")
    assert {"城市运行管理和应急处置系统", "社区和居家养老服务平台"} <= names(x, "Platform")


def test_an_umbrella_platform_is_no_short_form_of_its_parts(extractor):
    x = extractor.extract_text("浙江省智慧教育平台是一个综合集成的总平台，包括浙江省中小学智慧教育平台、浙江省职业教育智慧教育平台2个子平台。")
    assert {"浙江省智慧教育平台", "浙江省中小学智慧教育平台", "浙江省职业教育智慧教育平台"} <= names(x, "Platform")


# -- places --------------------------------------------------------------------------------------------

def test_a_new_area_listed_after_another_zone_of_its_city(extractor):
    x = extractor.extract_text("推动赣州经开区、赣州蓉江新区各单位政务信息系统统一部署到市级政务云平台。")
    assert "赣州蓉江新区" in names(x, "Region")
    assert ("partOf", "赣州蓉江新区", "赣州市") in rels(x)


# -- organizations ---------------------------------------------------------------------------------------

def test_a_companys_branch_for_a_province_is_one_organization_with_it(extractor):
    x = extractor.extract_text("该平台现由联通数字科技有限公司四川省分公司提供运维服务。")
    assert "联通数字科技有限公司四川省分公司" in names(x, "Organization")
    assert "四川省分公司" not in names(x, "Organization")
    x = extractor.extract_text("中国光大银行股份有限公司西安分行与某市数据集团签署合作协议。")
    assert "中国光大银行股份有限公司西安分行" in names(x, "Organization")


def test_a_data_exchange_named_after_its_city_is_an_organization(extractor):
    x = extractor.extract_text("与此同时，广州数据交易所也积极拓展省外数据交易市场。")
    assert "广州数据交易所" in names(x, "Organization")
    x = extractor.extract_text("揭牌运行一年来，郑州数据交易中心设立行业数据专区。")
    assert "郑州数据交易中心" in names(x, "Organization")
    assert not any("数据交易中心" in n for n in names(x, "Agency"))


def test_a_company_named_like_a_common_word_is_not_the_word(extractor):
    x = extractor.extract_text("在数字化转型的浪潮中，某县交出了一份智慧政务答卷。")
    assert not names(x, "Organization")
    x = extractor.extract_text("浪潮参与了某省政务云项目建设。")
    assert names(x, "Organization")


def test_a_large_model_and_a_platform_joined_by_he_are_two(extractor):
    x = extractor.extract_text("该模型基于某公司的政务大模型和大模型一体化管理平台构建。")
    assert not any(n.startswith("政务大模型和") or "和大模型" in n for n in names(x, "Platform"))


def test_another_companys_branch_after_a_company_is_apart(extractor):
    x = extractor.extract_text("浪潮软件集团有限公司中国电信宜昌分公司共同参与了项目建设。")
    assert {"浪潮软件集团有限公司", "中国电信宜昌分公司"} <= names(x, "Organization")


def test_a_place_naming_a_cluster_is_no_place_counted(extractor):
    x = extractor.extract_text("运载力方面，天府集群到重庆集群网络时延低于3毫秒，5G基站总数达32万个。")
    assert not any(x.entity(m.subject).name == "重庆市" for m in x.metrics)


def test_the_platform_connected_to_is_not_what_the_later_figures_count(extractor):
    x = extractor.extract_text("我市建成重庆市公共数据资源管理平台，上接国家政务数据共享交换平台，实现7个国家部委与我市数据共享，"
                               "中联76个市级部门，下通38个区县。")
    subjects = {m.value: x.entity(m.subject).name for m in x.metrics}
    assert subjects[76.0] == subjects[38.0] == "重庆市公共数据资源管理平台"


# -- dates -----------------------------------------------------------------------------------------------

def _dates(x):
    return {(x.entity(d.subject).name, d.property, d.value) for d in x.dates}


def test_last_years_month_and_day_count_from_the_pages_own_date(extractor):
    x = extractor.extract_text("发布时间：2024-05-10 16:27\n某省数据局局长表示，国家数据局于去年10月25日揭牌运行。")
    assert ("国家数据局", "launchDate", "2023-10-25") in _dates(x)


def test_this_years_month_and_day_count_from_the_pages_own_date(extractor):
    x = extractor.extract_text("2024年05月10日 来源：某日报\n今年3月15日，济南市公共数据开放平台正式上线。")
    assert ("济南市公共数据开放平台", "launchDate", "2024-03-15") in _dates(x)


def test_last_year_is_not_counted_from_a_year_the_story_mentions(extractor):
    x = extractor.extract_text("济南市公共数据开放平台2016年3月开始筹建。去年8月31日，济南市公共数据开放平台正式上线。")
    assert not x.dates


# -- statistics ------------------------------------------------------------------------------------------

def test_cheng_opening_a_word_after_an_ordinal_is_no_tenths(extractor):
    x = extractor.extract_text("某科技有限公司被推荐为第二成交候选供应商。")
    assert not x.metrics


def test_a_large_figure_keeps_its_written_digits(extractor):
    x = extractor.extract_text("市数据局本年支出合计12,345,678,901.23元，某平台访问量达2563.24亿次。")
    assert {12345678901.23, 256324000000.0} <= {m.value for m in x.metrics}


def test_at_least_and_at_most_are_compared_as_written(extractor):
    x = extractor.extract_text("浙江省政务服务网注册用户不少于2000万，办件满意率不低于99%，响应时间不超过3秒，"
                               "好评率达95%以上，申请材料精简至5份以内。")
    ops = {m.value: m.op for m in x.metrics}
    assert ops[20000000.0] == ops[0.99] == ops[0.95] == ">="
    assert ops[3.0] == ops[5.0] == "<="
    assert all(not m.name.endswith("不") for m in x.metrics)


def test_cheng_as_tenths_still_counts_a_share(extractor):
    x = extractor.extract_text("某市政务服务网九成事项实现全程网办。")
    assert 0.9 in {m.value for m in x.metrics}


# -- relations -------------------------------------------------------------------------------------------

def test_a_speakers_body_does_not_build_what_the_speaker_speaks_of(extractor):
    x = extractor.extract_text("市人大常委会副主任、市总工会主席张某强调，要尽快拿出平台建设方案，确保年底建成某市智慧工会平台。")
    assert not any(r.type == "operates" for r in x.relations)


def test_platforms_listed_and_counted_as_sub_platforms_are_its_parts(extractor):
    x = extractor.extract_text("浙江省智慧教育平台是综合集成的总平台，一期包括浙江省中小学智慧教育平台、浙江省职业教育智慧教育平台"
                               "和浙江省终身学习平台3个子平台。")
    for part in ("浙江省中小学智慧教育平台", "浙江省职业教育智慧教育平台", "浙江省终身学习平台"):
        assert ("partOf", part, "浙江省智慧教育平台") in rels(x)


def test_a_bodys_own_account_named_in_quotes_after_its_kind(extractor):
    x = extractor.extract_text("参保人可通过山东省医保局官方微信小程序“鲁医保”激活医保电子凭证。")
    assert "山东省医保局" in names(x, "Agency") and "鲁医保" in names(x, "Platform")
    assert ("operates", "山东省医保局", "鲁医保") in rels(x)
    x = extractor.extract_text("济南市大数据局的微信公众号“泉城数据”发布消息。")
    assert ("operates", "济南市大数据局", "泉城数据") in rels(x)


def test_hospitals_accounts_are_no_platform_of_their_own(extractor):
    x = extractor.extract_text("参保人也可通过开通了扫码支付的医院公众号激活。")
    assert not names(x, "Platform")
    x = extractor.extract_text("市卫健委建成互联网医院平台。")
    assert "互联网医院平台" in names(x, "Platform")


def test_the_medical_insurance_e_voucher_is_a_platform_everyone_uses(extractor):
    x = extractor.extract_text("截至目前，山东省16市实现了医保电子凭证应用全覆盖，激活人数达1600.1万人。")
    assert "医保电子凭证" in names(x, "Platform")
    assert ("医保电子凭证", 16001000.0) in {(x.entity(m.subject).name, m.value) for m in x.metrics}


def test_a_speakers_body_named_again_by_the_speaker_builds_it(extractor):
    x = extractor.extract_text("市大数据局局长张某介绍，该局建成了一体化政务服务平台。")
    assert any(r.type == "operates" for r in x.relations)


def test_accounts_after_two_bodies_are_no_one_bodys(extractor):
    x = extractor.extract_text("市政务服务数据管理局和市公安局的微信小程序“穗好办”“穗警通”上线。")
    assert not any(r.type == "operates" for r in x.relations)


def test_partners_named_after_their_role_work_with_the_body(extractor):
    x = extractor.extract_text("厦门市数据管理局作为主办单位高度重视，会同会办单位市委宣传部、市文旅局进行认真研究。")
    assert ("cooperatesWith", "厦门市数据管理局", "市委宣传部") in rels(x)
    assert ("cooperatesWith", "厦门市数据管理局", "厦门市文旅局") in rels(x)


def test_the_pages_own_place_issues_what_it_says_it_issued(extractor):
    x = extractor.extract_text("厦门市数据管理局关于提案的答复\n近年来，我市紧扣《厦门市数字厦门建设规划》，先后出台"
                               "《厦门市促进人工智能产业发展若干措施》《厦门市人工智能产业发展规划》。")
    assert ("issuedBy", "厦门市促进人工智能产业发展若干措施", "厦门市") in rels(x)
    assert ("issuedBy", "厦门市人工智能产业发展规划", "厦门市") in rels(x)


def test_the_place_that_only_asks_or_helps_issues_nothing(extractor):
    for sentence in ("我市积极争取国家部委出台《关于支持数字经济发展的意见》。", "我市尚未出台《杭州市公共数据条例》。",
                     "我市人大常委会制定了《杭州市电子政务条例》。", "杭州市财政局结合我市财政管理实际，印发了《杭州市财政票据管理办法》。"):
        x = extractor.extract_text("杭州市数字政府建设情况\n" + sentence)
        assert not any(r.type == "issuedBy" and x.entity(r.tail).name == "杭州市" for r in x.relations), sentence


def test_a_body_that_leads_before_the_place_acts_still_leads(extractor):
    x = extractor.extract_text("杭州市卫生健康委员会牵头，我市建成了全民健康信息平台。")
    assert ("coordinates", "杭州市卫生健康委员会", "全民健康信息平台") in rels(x)


def test_bodies_listed_before_a_role_word_still_act_together(extractor):
    x = extractor.extract_text("市民政局、市财政局联合相关部门市残联印发《困难残疾人生活补贴实施办法》。")
    title = "困难残疾人生活补贴实施办法"
    assert ("issuedBy", title, "市民政局") in rels(x) and ("issuedBy", title, "市财政局") in rels(x)


def test_a_body_named_before_the_place_acts_is_no_issuer(extractor):
    x = extractor.extract_text("辽宁省大数据管理局挂牌成立，随后我省制定了《辽宁省数字政府发展规划》。")
    assert ("issuedBy", "辽宁省数字政府发展规划", "辽宁省大数据管理局") not in rels(x)
    assert ("issuedBy", "辽宁省数字政府发展规划", "辽宁省") in rels(x)


def test_a_body_that_builds_a_platform_still_operates_it(extractor):
    x = extractor.extract_text("某市总工会建设运营某市智慧工会平台，局长张某出席。")
    assert any(r.type == "operates" for r in x.relations)
