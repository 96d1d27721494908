import pytest

from extractor.entities import find_mentions
from extractor.offsets import OffsetMap
from extractor.records import NormalizedText


def mentions(text, boilerplate=()):
    norm = NormalizedText(text, OffsetMap.identity(len(text)), boilerplate=boilerplate)
    return find_mentions(norm, ())


def found(text):
    return {(m.text, m.type) for m in mentions(text)}


# (text, mention, type): each mention must be found with its type
CASES = [
    ("近日，西部鑫兴等7家企业入选省级绿色工厂。", "西部鑫兴", "firm"),
    ("宁波泓信投资有限公司减持公司股份。", "宁波泓信投资有限公司", "firm"),
    ("宁波梅山保税港区泓信股权投资合伙企业（有限合伙）（以下简称“泓信投资”）持有公司股份。", "宁波梅山保税港区泓信股权投资合伙企业（有限合伙）", "firm"),
    ("项目位于宜宾三江新区，蜀锂新材料科技有限公司投资建设。", "宜宾三江新区", "park"),
    ("土地股份合作社将地块整合连片，交由安徽稼禾农业发展有限公司统一种植。", "安徽稼禾农业发展有限公司", "firm"),
    ("经浙江信衡会计师事务所（特殊普通合伙）审验，公司已收到认购款。", "浙江信衡会计师事务所（特殊普通合伙）", "firm"),
    ("本所律师认为，北京德恒律师事务所出具的意见合法有效。", "北京德恒律师事务所", "firm"),
    ("培育了中天禹辰、国飞无人机等标杆项目。", "中天禹辰", "firm"),
    ("培育了中天禹辰、国飞无人机等标杆项目。", "国飞无人机", "firm"),
    ("引进瑞美新能源等186户新能源企业。", "瑞美新能源", "firm"),
    ("分地区看，国铁上海局发送旅客3435万人次；国铁哈尔滨局发送旅客612万人次。", "国铁上海局", "firm"),
    ("分地区看，国铁上海局发送旅客3435万人次；国铁哈尔滨局发送旅客612万人次。", "国铁哈尔滨局", "firm"),
    ("中国铁路成都局集团有限公司管内日均发送旅客68万人次。", "中国铁路成都局集团有限公司", "firm"),
    ("2024年，武夷山国家公园接待游客586.3万人次。", "武夷山国家公园", "place"),  # a national park named after its city
    ("省工信厅发布第六批省级绿色制造名单。", "省工信厅", "government"),
    ("商洛高新区入选省级绿色工业园区。", "商洛高新区", "park"),
    ("商南经开区、山阳高新区获评绿色园区。", "商南经开区", "park"),
    ("商南经开区、山阳高新区获评绿色园区。", "山阳高新区", "park"),
    ("商洛坐拥秦岭南麓核心区域。", "秦岭南麓", "place"),
    ("商洛坐拥秦岭南麓核心区域。", "商洛", "place"),
    ("吴忠太阳山开发区新建项目3个。", "吴忠太阳山开发区", "park"),
    ("国务院新闻办公室今天举行发布会，国家统计局介绍情况。", "国家统计局", "government"),
    ("国务院新闻办公室今天举行发布会，国家统计局介绍情况。", "国务院新闻办公室", "government"),
    ("部署中化集团、中国化工建设有限公司投放钾肥。", "中国化工建设有限公司", "firm"),
    ("部署中化集团、中国化工建设有限公司投放钾肥。", "中化集团", "firm"),
    ("由长江设计集团联合三峡新通道公司编制。", "长江设计集团", "firm"),
    ("由长江设计集团联合三峡新通道公司编制。", "三峡新通道公司", "firm"),
    ("南京邮电大学和中国药科大学参与。", "南京邮电大学", "organization"),
    ("聚四氢呋喃一期项目、宁夏苏融达化工有限公司农药中间体项目", "宁夏苏融达化工有限公司", "firm"),
    ("他2019年入职南京邮电大学。", "南京邮电大学", "organization"),
    ("南京邮电大学和中国药科大学参与。", "中国药科大学", "organization"),
    ("国家发展改革委综合运输研究所所长表示。", "国家发展改革委综合运输研究所", "organization"),
    ("中国城市经济学会副会长表示。", "中国城市经济学会", "organization"),
    ("广州市工商局食品处公布抽检结果。", "广州市工商局食品处", "government"),
    ("近日，江苏省新闻出版局发布报告。", "江苏省新闻出版局", "government"),
    ("县婚姻登记处共办理结婚登记5862对。", "县婚姻登记处", "government"),
    ("县救助管理站救助流浪乞讨人员87人次。", "县救助管理站", "government"),
    ("杭州市劳动人事争议仲裁院发布通报。", "杭州市劳动人事争议仲裁院", "government"),
    ("庆阳数据中心集群已建成标准机架2.6万架。", "庆阳数据中心集群", "park"),
    ("铜仁·苏州产业园新入驻企业19家。", "铜仁·苏州产业园", "park"),
    ("据珠海边检总站统计，港珠澳大桥边检站共查验旅客112万人次。", "港珠澳大桥边检站", "government"),
    ("市人武部、市退役军人事务局联合召开会议。", "市人武部", "government"),
    ("县委组织部选派第一书记27名。", "县委组织部", "government"),
    ("卢氏县委组织部选派第一书记27名。", "卢氏县委组织部", "government"),
    ("中共宝鸡市委统战部召开会议。", "中共宝鸡市委统战部", "government"),
    ("福州出入境边防检查站数据显示。", "福州出入境边防检查站", "government"),
    ("庆阳西峰产业聚集区已入驻企业136家。", "庆阳西峰产业聚集区", "park"),
    # a line of business written as verbs closes the name (停车 | 运营 | 管理 有限公司)
    ("由济南泉智停车运营管理有限公司负责运营。", "济南泉智停车运营管理有限公司", "firm"),
    ("据国家统计局桐溪调查队测算，居民收入增长6%。", "国家统计局桐溪调查队", "government"),
    ("国家统计局陕西调查总队发布数据。", "国家统计局陕西调查总队", "government"),
    ("由上海光明奶酪黄油有限公司梵古易乳制品分公司生产。", "上海光明奶酪黄油有限公司梵古易乳制品分公司", "firm"),
    ("奥德华乳品（北京）有限公司生产的奶油。", "奥德华乳品（北京）有限公司", "firm"),
    ("自治区住房和城乡建设厅1个。", "自治区住房和城乡建设厅", "government"),
    ("长三角、京津冀和粤港澳大湾区。", "京津冀", "place"),
    ("访港旅客中，香港和澳门居民增加。", "澳门", "place"),
    ("经合组织预计全球经济增长。", "经合组织", "organization"),
    ("中欧班列从重庆团结村站开出。", "团结村", "place"),
    ("中国工商银行发放贷款。", "中国工商银行", "firm"),
    ("中国人民银行西安分行发布数据。", "中国人民银行西安分行", "government"),
    ("国家开发银行陕西省分行发放贷款。", "国家开发银行陕西省分行", "firm"),
    ("宝鸡市委常委会召开会议。", "宝鸡市委", "government"),
    ("成都市武侯区人民政府发布通告。", "成都市武侯区人民政府", "government"),
    ("西安高新区管委会表示。", "西安高新区管委会", "government"),
    ("上海自贸试验区临港新片区。", "上海自贸试验区", "park"),
    ("中国（陕西）自由贸易试验区西安片区。", "中国（陕西）自由贸易试验区", "park"),
    ("国家能源集团、中国华能等央企。", "中国华能", "firm"),
    ("汇丰银行和恒生银行宣布。", "汇丰银行", "firm"),
    ("西北工业大学与中国科学院西安光学精密机械研究所合作。", "中国科学院西安光学精密机械研究所", "organization"),
    ("据商洛日报报道。", "商洛日报", "organization"),
    ("澳门特区政府公布数据。", "澳门特区政府", "government"),
    ("近日，市工信局、县发改局和区政府联合召开会议。", "县发改局", "government"),
    ("近日，市工信局、县发改局和区政府联合召开会议。", "区政府", "government"),
    ("由市科技局牵头实施。", "市科技局", "government"),
    ("商洛市人民政府办公室印发通知。", "商洛市人民政府办公室", "government"),
    ("中共商洛市委、商洛市人民政府印发意见。", "中共商洛市委", "government"),
    ("西安交通大学第一附属医院、陕西省人民医院专家参加义诊。", "陕西省人民医院", "organization"),
    ("山阳县城关街道办事处组织培训。", "山阳县城关街道办事处", "government"),
    ("柞水县凤凰镇入选特色小镇名单。", "凤凰镇", "place"),
    ("陕西有色金属控股集团有限责任公司与商洛比亚迪实业有限公司签约。", "商洛比亚迪实业有限公司", "firm"),
    ("商州区金凤山茶叶种植专业合作社带动农户增收。", "商州区金凤山茶叶种植专业合作社", "firm"),
    ("商洛市工商业联合会和商洛学院参与活动。", "商洛学院", "organization"),
    ("广西南宁，300多个遗留矿坑变成了花园。", "南宁", "place"),
    ("深圳市法制办负责人介绍，条例共分两章。", "深圳市法制办", "government"),
    ("澳门贸易投资促进局主席表示。", "澳门贸易投资促进局", "government"),
    ("出让方为海南晶哲瑞创业投资合伙企业(有限合伙)。", "海南晶哲瑞创业投资合伙企业(有限合伙)", "firm"),
    ("上海玮峻思企业管理合伙企业（有限合伙）持有股份。", "上海玮峻思企业管理合伙企业（有限合伙）", "firm"),
    ("中国经济网北京6月12日讯 晶丰明源(688368.SH)昨日发布公告。", "晶丰明源", "firm"),
    ("班列从西安、成都扩容到重庆、武汉、广州、义乌等地。", "义乌", "place"),
    ("深圳经济特区社会救助条例。", "深圳经济特区", "park"),
    ("据吉林省农科院专家介绍，松嫩平原是黑土区。", "吉林省农科院", "organization"),
    ("据吉林省农科院专家介绍，松嫩平原是黑土区。", "松嫩平原", "place"),
    ("中国经济网北京6月12日讯 晶丰明源(688368.SH)昨日发布公告。", "中国经济网", "organization"),
    ("本次询价转让的出让方海南晶哲瑞创业投资合伙企业（有限合伙）非控股股东。", "海南晶哲瑞创业投资合伙企业（有限合伙）", "firm"),
    ("近日，*ST创兴、*ST沪科、*ST太和3只个股进入退市整理期。", "*ST沪科", "firm"),
    ("*ST奥维因连续20个交易日总市值低于5亿元。", "*ST奥维", "firm"),
    ("以*ST沪科为例，公司2025年度扣非净利润亏损。", "*ST沪科", "firm"),
    ("向交易对方购买其合计持有的易冲科技100%股权。", "易冲科技", "firm"),
    ("据拱北海关统计，海关累计验放出入境车辆1,273万辆次。", "拱北海关", "government"),
    ("退市观典于6月8日完成退市整理期最后一个交易日。", "退市观典", "firm"),
    ("5月20日摘牌的退市金泰是一个例子。", "退市金泰", "firm"),
    ("其中，广道退作为北交所首只因财务造假触及重大违法强制退市的股票。", "广道退", "firm"),
    ("博威合金、海亮股份、云南锗业、金钼股份等多股涨停。", "云南锗业", "firm"),
    ("陕西汽车、西安银行等企业签约。", "陕西汽车", "firm"),
    ("大盘科技股下跌拖累指数，工业富联跌逾2%，绿的谐波跌逾13%。", "工业富联", "firm"),
    ("从对深证成指贡献度来看，新易盛、中际旭创、京东方A对深证成指负贡献点数居前。", "京东方A", "firm"),
    # odd-looking names moving like the listed firms beside them
    ("大盘科技股下跌拖累指数，工业富联跌逾2%，绿的谐波跌逾13%，新易盛跌逾4%。", "绿的谐波", "firm"),
    ("通信板块中，烽火通信涨逾9%，德科立涨逾9%，太辰光涨逾4%，数据港跌逾9%。", "太辰光", "firm"),
    ("板块上涨0.59%，板块内濮阳惠成、华特气体涨逾5%。", "濮阳惠成", "firm"),
    ("全国老龄办、民政部社会救助司参加。", "民政部社会救助司", "government"),
    ("银川市（不含宁东）计划投资258亿元；宁东计划投资201亿元。", "宁东", "park"),
    ("海关总署统计分析司司长介绍。", "海关总署统计分析司", "government"),
    ("发展局明天公布卖地详情。", "发展局", "government"),
    ("据美联社报道。", "美联社", "organization"),
    ("海洋公园回复众新闻指，园方正在筹备。", "众新闻", "organization"),
    ("星展香港与恒基地产本月签订贷款协议。", "恒基地产", "firm"),
    ("上海钢联数据显示，国内钽锭价格上涨。", "上海钢联", "firm"),
    ("Wind数据显示，微盘股指数下跌。", "Wind", "firm"),
    ("多股涨停，连续大涨的沃格光电、五方光电跌停。", "沃格光电", "firm"),
    ("运输及物流局局长陈美宝表示。", "运输及物流局", "government"),
    ("国家发展改革委员会发布数据。", "国家发展改革委", "government"),
    ("6月底，光明乳业在上海陷入风波。", "光明乳业", "firm"),
    ("记者在好又多客村店发现，多款奶粉仍在销售。", "好又多", "firm"),
    ("澳门经济及科技发展局公布数据。", "经济及科技发展局", "government"),
    ("1月深圳港外贸集装箱吞吐量增长。", "深圳港", "place"),
    ("东兴证券表示，市场将回暖。", "东兴证券", "firm"),
    ("华安证券首席经济学家郑小霞认为。", "华安证券", "firm"),
    ("北京银行发布年报。", "北京银行", "firm"),
    ("在德国杜伊斯堡港，100多家物流企业。", "杜伊斯堡港", "place"),
    ("*ST万方甚至没有进入退市整理期，直接摘牌。", "*ST万方", "firm"),
    # securities cases are named after their firm
    ("上市公司财务造假追责。2026年2月，金通灵案4.33万名投资者通过特别代表人诉讼获赔7.7亿元。", "金通灵", "firm"),
    ("退市公司增多。据中国证监会官网披露，紫晶存储案累计申报有效赔付金额约10.86亿元，投资者获赔。", "紫晶存储", "firm"),
    ("中欧班列从瑞典哥德堡驶出。", "哥德堡", "place"),
    ("河西走廊、三江源生态保护加强。", "三江源", "place"),
    ("广西北部湾港集装箱吞吐量增长。", "广西北部湾港", "place"),
    ("宁波舟山港完成货物吞吐量13亿吨。", "宁波舟山港", "place"),
    ("2024年，江宁滨江经济开发区实现营业收入1050亿元。", "江宁滨江经济开发区", "park"),
    ("宁波杭州湾经济技术开发区新签约项目12个。", "宁波杭州湾经济技术开发区", "park"),
    ("深圳市龙岗区坂田实验学校新建。", "深圳市龙岗区坂田实验学校", "organization"),
    ("深圳市龙岗区清林径幼儿园新建。", "深圳市龙岗区清林径幼儿园", "organization"),
    ("三是区教育局同步新招聘教师三百余名。", "区教育局", "government"),
    ("| 学校名称 | 所在街道 | 新增学位（个） |\n| --- | --- | --- |\n| 深圳市龙岗区平湖中学 | 平湖街道 | 1,500 |\n"
     "| 深圳市龙岗区龙城初级中学 | 龙城街道 | 1,200 |\n", "龙城街道", "place"),
    ("东北三省一区黑土地保护。", "东北三省一区", "place"),
    ("沈阳中院已受理投资者起诉。", "沈阳中院", "government"),
    ("在新遴选出的试点企业中，松山湖以54家企业数量位居首位。", "松山湖", "park"),
    ("经初步筛选，平凉崆峒区花所乡中心小学、光明小学、寺沟小学入选。", "光明小学", "organization"),
    ("法兰克福、阿姆斯特丹和斯德哥尔摩的机场。", "斯德哥尔摩", "place"),
    # a title after a name makes it one
    ("现届董事局主席为盘谷银行资深副总裁孔令成。", "盘谷银行", "firm"),
    ("副主席是华人置业集团主席及行政总裁刘鸣炜。", "华人置业集团", "firm"),
    # brands name their firms
    ("另一“广东产”品牌皇氏则有一批次风味发酵乳酵母不合格。", "皇氏", "firm"),
    ("知名品牌光明奶油、南山奶粉均在不合格之列。", "南山", "firm"),
    ("此外，“冠峰”和“皇氏”两个品牌也是近期“二次登榜”。", "冠峰", "firm"),
    # a task force is named after the body or place that set it up
    ("国务院联防联控机制春运工作专班印发通知。", "国务院联防联控机制春运工作专班", "government"),
    ("国务院联防联控机制综合组今天公布。", "国务院联防联控机制综合组", "government"),
    ("东莞市倍增计划工作领导小组办公室开展遴选工作。", "东莞市倍增计划工作领导小组办公室", "government"),
    ("广州市越秀区华乐街道疫情防控工作领导小组办公室通知如下。", "广州市越秀区华乐街道疫情防控工作领导小组办公室", "government"),
    ("国务院促进中小企业发展工作领导小组召开会议。", "国务院促进中小企业发展工作领导小组", "government"),
    # a park named by a word of its own, no place the gazetteer knows
    ("云泽高新区前三季度签约项目42个。", "云泽高新区", "park"),
    ("据云泽高新区管委会介绍，今年以来新增企业20家。", "云泽高新区管委会", "government"),
    ("南岭经济开发区作为项目建设主阵地。", "南岭经济开发区", "park"),
    # a park named after its place and a zone word (高新, 航空港) before its kind
    ("西安高新综合保税区进出口总值1980亿元。", "西安高新综合保税区", "park"),
    ("郑州航空港综合保税区进出口增长。", "郑州航空港综合保税区", "park"),
    # the body a source line names, with the release time after it
    ("西安高新区工作总结\n来源：西安高新区管委会　　发布时间：2025-01-24\n全区实现营业总收入2.61万亿元。", "西安高新区管委会", "government"),
    # more bodies of a place, and names after a word of ownership or a lead-in
    ("湖北省体育局、荆州市体育局主办。", "荆州市体育局", "government"),
    ("合肥市政务服务中心办理。", "合肥市政务服务中心", "government"),
    ("另据中国电力企业联合会统计。", "中国电力企业联合会", "organization"),
    ("市属国企湘江智汇人才发展集团有限公司承办。", "湘江智汇人才发展集团有限公司", "firm"),
    # a place, a trade name jieba does not tag as a name, a trade and 有限公司: a firm
    ("11.信阳茗源茶业有限公司（信阳市）", "信阳茗源茶业有限公司", "firm"),
    # a new area named with its province or city is one park; a district of its city stays apart
    ("宜宾三江新区建设加快。", "宜宾三江新区", "park"),
    ("湖南湘江新区人才集聚。", "湖南湘江新区", "park"),
    ("上海浦东新区GDP增长5%。", "浦东新区", "park"),
    # an economic region named by its place
    ("成都平原经济区、川南经济区协同发展。", "川南经济区", "place"),
    # where the capital is from is no part of the firm's name
    ("长沙经开区新引进德资企业博莱克精密部件（长沙）有限公司。", "博莱克精密部件（长沙）有限公司", "firm"),
    # a national body's local office is one body; museums are organizations
    ("国家税务总局青岛市税务局发布通报。", "国家税务总局青岛市税务局", "government"),
    ("河南博物院、洛阳博物馆接待观众增长。", "洛阳博物馆", "organization"),
    # reserves and nature parks are places, forest farms organizations
    ("阅海国家湿地公园监测到鸟类176种。", "阅海国家湿地公园", "place"),
    ("三江源国家公园面积19万平方公里。", "三江源国家公园", "place"),
    ("白芨滩防沙林场年经营收入3000万元。", "白芨滩防沙林场", "organization"),
    # a town or village no gazetteer knows, named twice and opening a name
    ("初夏时节，走进星村镇桐木村，漫山茶园青翠欲滴。星村镇党委书记介绍。", "星村镇", "place"),
    # a scenic area is a place, named after its place or by a name of its own
    ("景区包括乐山大佛景区和春熙路。", "乐山大佛景区", "place"),
    ("浮来山风景区全年接待游客突破200万人次。", "浮来山风景区", "place"),
    ("杭州西湖风景名胜区游客增长。", "杭州西湖风景名胜区", "place"),
    # a word jieba guesses is a verb, right after an unknown name word, is part of the name
    ("项目建成投产，莒州汇能储能科技有限公司获评省级专精特新中小企业。", "莒州汇能储能科技有限公司", "firm"),
    # a foreign country before a firm's name says where it is from
    ("德国克莱恩伯格集团投资1.6亿美元建设基地。", "克莱恩伯格集团", "firm"),
    ("德国克莱恩伯格集团投资1.6亿美元建设基地。", "德国", "place"),
    ("新加坡盛拓生命科学有限公司投资2亿元。", "盛拓生命科学有限公司", "firm"),
    # but a country before industry words is part of the name
    ("英国石油公司在华投资金额达5亿美元。", "英国石油公司", "firm"),
    ("德国电信公司2024年营业收入1155亿欧元。", "德国电信公司", "firm"),
    # but a river or region a firm is named after is part of its name
    ("长江设计集团承担设计。", "长江设计集团", "firm"),
    # a place in brackets inside a firm's name
    ("全资子公司星衡（芜湖）新能源装备有限公司实现营业收入9.84亿元。", "星衡（芜湖）新能源装备有限公司", "firm"),
    ("禾曜半导体（苏州）有限公司投资建设。", "禾曜半导体（苏州）有限公司", "firm"),
    # a park a lexicon knows by its bare name, then its kind
    ("中关村科技园区海淀园收入5000亿元。", "中关村科技园区", "park"),
    ("上海张江科技园区新增企业20家。", "张江科技园区", "park"),
    ("深圳湾科技生态园入驻企业300家。", "深圳湾科技生态园", "park"),
    ("松山湖科技园区新增企业20家。", "松山湖科技园区", "park"),
    # a place the gazetteer does not know, named by its own government body
    ("桐溪县统计局发布公报。", "桐溪县统计局", "government"),
    # a body that sets up or sends a task force is named alone
    ("深圳组建工作专班，推进项目建设。", "深圳", "place"),
    ("国家卫健委派出工作专班赴当地指导。", "国家卫健委", "government"),
    ("江苏广播电视总台改革领导小组召开会议。", "江苏广播电视总台", "organization"),
    # a party committee named by its level alone, and the government named right after it
    ("市委、市政府高度重视，全市投资增长5%。", "市委", "government"),
    ("省委省政府出台政策，全省投资增长5%。", "省委", "government"),
    ("省委省政府出台政策，全省投资增长5%。", "省政府", "government"),
    ("在县委的领导下，全县投资增长5%。", "县委", "government"),
    # 电子 before 集团 is a word, not 子公司; a rare word after a place is part of the name; a city in brackets
    ("华曜汽车电子集团智能座舱项目，总投资9.8亿元。", "华曜汽车电子集团", "firm"),
    ("；安徽启衡储能技术有限公司储能电池系统集成项目，总投资15.3亿元。", "安徽启衡储能技术有限公司", "firm"),
    ("晟芯微电子（芜湖）有限公司车规级功率半导体封测项目", "晟芯微电子（芜湖）有限公司", "firm"),
    # what kind of firm it is (园区企业), and who it belongs to (所属), are no part of its name
    ("园区企业株洲华湘轨道科技有限公司当年新增发明专利授权86件。", "株洲华湘轨道科技有限公司", "firm"),
    ("中国寰建所属中寰国际工程有限公司（简称“中寰国际”）签约。", "中寰国际工程有限公司", "firm"),
    # a body's provincial branch; 通信管理局; a procurement website
    ("国家外汇管理局浙江省分局发布数据。", "国家外汇管理局浙江省分局", "government"),
    ("重庆市通信管理局发布数据。", "重庆市通信管理局", "government"),
    ("来源：四川政府采购网", "四川政府采购网", "organization"),
    # an airport or a railway station named after its place; a new area of its own name
    ("长沙黄花国际机场保障航班起降1.36万架次。", "长沙黄花国际机场", "place"),
    ("长沙南站春运期间发送旅客512.4万人次。", "长沙南站", "place"),
    ("中心城区（襄城区、樊城区、襄阳高新区、东津新区）常住人口236.4万人。", "东津新区", "park"),
    # 邀请到市生态环境局; long and short names of a county's culture and tourism bureau; an economic zone
    ("今天我们邀请到市生态环境局局长陈立新。", "市生态环境局", "government"),
    ("据婺源县文化广电新闻出版旅游局统计，假期接待游客186万人次。", "婺源县文化广电新闻出版旅游局", "government"),
    ("来自郑州航空港经济综合实验区的企业达158家。", "郑州航空港经济综合实验区", "park"),
    # a town with a three-character name, named once where a name opens
    ("在八里营镇，今年种植玉米9.8万亩。", "八里营镇", "place"),
    # an autonomous prefecture by its short name; a river's basin; the bureau after the verb 会同
    ("下一步将加快海南州、海西州新能源基地建设。", "海南州", "place"),
    ("长江流域、新安江流域水质为优，淮河流域为良好。", "新安江流域", "place"),
    ("县法院会同县司法局开展普法活动。", "县司法局", "government"),
    # towns named in the rows of a table of towns
    ("各乡镇分配情况如下：\n| 序号 | 乡镇（街道） | 补贴面积（亩） |\n| 1 | 武康街道 | 8,426.5 |\n| 2 | 乾元镇 | 18,937.4 |\n"
     "| 3 | 洛舍镇 | 16,245.7 |\n", "乾元镇", "place"),
    # a known firm's branch in a place: one name (not 中国证券 + 有限责任公司上海分公司)
    ("上述质押已在中国证券登记结算有限责任公司上海分公司办理完毕。", "中国证券登记结算有限责任公司上海分公司", "firm"),
    ("本次权益分派委托中国结算深圳分公司代派。", "中国结算深圳分公司", "firm"),
    ("国家粮食交易中心及河南、安徽五个省份粮食交易中心联网组织竞价销售交易会。", "国家粮食交易中心", "organization"),
]


@pytest.mark.parametrize("text, mention, type_", CASES)
def test_finds_mention(text, mention, type_):
    assert (mention, type_) in found(text)


# generic words are never entities
NOT_ENTITIES = [
    ("湘渝控股及其一致行动人刘建国先生合计持有公司股份201,880,000股。", "行动人刘建国先生合计持有公司"),  # the verb's object
    ("控股股东以集中竞价交易方式增持公司股份1,250,000股。", "竞价交易方式增持公司"),
    ("上述质押已在中国证券登记结算有限责任公司上海分公司办理完毕。", "中国证券"),
    ("下一步将加快海南州、海西州新能源基地建设。", "海南"),  # not the province
    ("县法院会同县司法局开展普法活动。", "会同县司法局"),
    ("全县共有小学142所，另设小学教学点96个。学校数不含小学教学点。", "另设小学"),
    ("全县共有小学142所，另设小学教学点96个。学校数不含小学教学点。", "学校数不含小学"),
    ("成都楼市周报|上周新房成交2316套，环比涨12.4%", "环比"),
    ("省政府成立工作专班，推进项目建设。", "省政府成立工作专班"),
    ("市里成立了领导小组。", "领导小组"),
    ("深圳市长覃伟中带领工作专班深入企业调研。", "深圳市长覃伟中带领工作专班"),
    ("建设智慧城市产业园。", "城市产业园"),
    ("填补了全市绿色工业园区建设的空白。", "绿色工业园区"),
    ("该高新区今年新增企业20家。", "该高新区"),
    ("对本高新区企业给予奖励。", "对本高新区"),
    ("四川重点景区接待游客。", "四川重点景区"),
    ("打造特色小镇。特色小镇建设加快。", "特色小镇"),
    # review of session 9: kinds of sights and villages, and what a name is not
    ("全市新晋景区接待游客35万人次。", "新晋景区"),
    ("全国共有国家级自然保护区474处。", "国家级自然保护区"),
    ("国有林场改革完成。", "国有林场"),
    ("福建省级森林公园新增8处。", "福建省级森林公园"),
    ("韩国企业三星电子有限公司西安工厂今年产值达到600亿元。", "业三星电子有限公司"),
    ("浙江民营企业联合投资股份有限公司注册资本50亿元。", "联合投资股份有限公司"),
    ("网红景区人气旺，山岳型景区客流增长。", "山岳型景区"),
    ("我们在家乡创业，在家乡就业。", "在家乡"),
    ("该县有边境村32个，边境村建设加快。", "边境村"),
    ("据悉，瑞丰收购安徽华骏科技有限公司，交易金额3亿元。", "瑞丰收购安徽华骏科技有限公司"),
    ("美丽乡村建设。美丽乡村示范村5个。", "美丽乡村"),
    ("成都周边景区人气旺。", "成都周边景区"),
    ("全省A级旅游景区120家。", "A级旅游景区"),
    ("由该开发区负责建设。", "由该开发区"),
    ("推动城市高新区发展。", "城市高新区"),
    ("示范区人民政府发布通知。", "示范区人民政府"),
    ("各设区市人民政府，省政府各部门：", "设区市"),
    ("各试点县人民政府：今年全省确定20个试点县。", "试点县"),
    ("保税区海关统计，1-5月，保税区进出口总额320亿元。", "保税区"),
    ("全市氢能产业园入驻企业30家，文创产业园营业收入5亿元。", "文创产业园"),
    ("城东片区完成投资10亿元。", "城东片区"),
    ("宁波文化产业控股集团有限公司成立。全市文化产业增加值增长8%。", "文化产业"),
    ("景区管理局发布通知。", "景区管理局"),
    ("广州南站开行春运专班列车。", "广州南站开行春运专班"),
    ("第十四届全国运动会广东赛区综合组获得团体第一名。", "广东赛区综合组"),
    ("北京大学疫情防控工作领导小组发布通知。", "北京大学疫情防控工作领导小组"),
    ("深圳地铁集团安全生产领导小组召开会议。", "深圳地铁集团安全生产领导小组"),
    ("目前全市森林覆盖率达69.56%。", "全市"),
    ("（通讯员供图）今年以来，该镇新建高标准农田5000亩。", "通讯员"),
    ("（受访单位供图）该企业去年实现产值12亿元。", "受访单位"),
    ("（本报资料图片）全市新增企业20家。", "本报"),
    ("发展又好又多，群众满意。", "好又多"),
    ("税务局长黄权辉预计，薪俸税会下跌10%。", "薪俸税会下"),
    ("养老地产和文旅地产项目投资额达到50亿元。", "养老地产"),
    ("刚需置业需求占比达到40%。", "刚需置业"),
    ("前期大涨的黄金珠宝跌逾3%，周大福跌4%。", "黄金珠宝"),
    ("全省自然资源部门共办理不动产登记业务120万件。", "自然资源部"),
    ("江苏省教育厅厅长江涌介绍，全省新增企业20家。", "长江"),
    ("疫情对房地产市场造成冲击。", "疫情对房地产"),
    ("大中城市房地产价格下跌。", "大中城市房地产"),
    ("商业地产空置率上升。", "商业地产"),
    ("上海钢联数据显示，价格上涨。", "上海"),
    ("万得微盘股指数下跌1.47%。", "万得"),
    ("当地企业积极参与。", "当地"),
    ("园区内企业达到50家。", "园区"),
    ("深圳港口吞吐量居首位。", "深圳港"),
    ("香港证券市场成交活跃。", "香港证券"),
    ("上海银行业金融机构资产增长。", "上海银行"),
    ("深圳港区建设加快。", "深圳港"),
    ("宁波市港航局发布通告。", "宁波市港"),
    ("三是区教育局同步新招聘教师三百余名。", "三是区教育局"),
    ("二是优先保障学校周边3～5公里范围内适龄儿童就近入学。", "二是优先保障学校"),
    ("全区新建学校4所，普惠性幼儿园达到120所。", "新建学校"),
    ("全区新建学校4所，普惠性幼儿园达到120所。", "普惠性幼儿园"),
    ("浙江省义务教育学校招生工作。", "浙江省义务教育学校"),
    ("工业富联跌逾2%，新易盛跌逾4%，钢材价格跌逾3%。", "钢材价格"),
    ("沪指跌逾1%，新易盛跌逾4%，中际旭创跌逾2%，随后又涨逾1%。", "随后又"),
    ("新易盛跌逾4%，中际旭创跌逾2%，截至收盘跌逾1%，尾盘再跌逾1%，龙头股涨逾5%。", "截至收盘"),
    ("新易盛跌逾4%，中际旭创跌逾2%，截至收盘跌逾1%，尾盘再跌逾1%，龙头股涨逾5%。", "尾盘再"),
    ("新易盛跌逾4%，中际旭创跌逾2%，截至收盘跌逾1%，尾盘再跌逾1%，龙头股涨逾5%。", "龙头股"),
    ("钢铁、化工等企业加快转型。", "钢铁"),
    ("钢铁、化工等企业加快转型。", "化工"),
    ("推动经济迈上高质量发展新台阶。", "上高"),
    ("其中国家级2个、省级6个。", "中国"),
    ("上市公司数量增加。", "上市公司"),
    ("商洛绿色工业园区建设的空白。", "商洛绿色工业园区"),
    ("推进商洛美丽乡村建设。", "美丽乡村"),
    ("商洛农村居民收入增长。", "农村"),
    ("先进制造业占据了大半江山。", "江山"),  # 江山市: a county short form without support
    ("法国公司在华投资增加。", "法国公司"),
    ("手机直连卫星等25个前沿商业航天项目。", "手机直连卫星"),
    ("子公司和母公司。", "子公司"),
    ("江苏省教育厅厅长表示。", "厅长"),
    ("建成省级工程技术研究中心3个、市级重点实验室5个。", "省级工程技术研究中心"),
    ("组织开展“百企进园区”活动，推动园区提质增效。", "园区"),
    ("该公司负责人表示，集团将继续加大投资，银行贷款余额增长10%。", "该公司"),
    ("市直各部门、各县区政府要高度重视。", "县区政府"),
    ("A股市场ST/*ST公司数量约238家。", "ST公司"),
    ("博威合金、海亮股份、云南锗业、金钼股份等多股涨停。", "云南"),
    ("西安、商洛等地企业参加。", "西安企业"),
    ("今年出口涨逾5%，猪肉价格涨逾10%。", "出口"),
    ("澳门伦敦人酒店收入增加。", "伦敦"),
    ("商务部公司登记处。", "商务部公司"),
    ("今年出口涨逾5%，猪肉价格涨逾10%。", "猪肉价格"),
    ("失业率按季则跌0.1个百分点。", "按季则"),
    ("沪指盘中一度涨超1%，基础化工涨逾3%。", "基础化工"),
    ("主动退市的公司1家。", "主动退"),
    ("他急流勇退，转任顾问。", "勇退"),
    ("【武汉肺炎大爆发】中国首两月消费品零售大跌。", "武汉"),
    ("证监会对上市公司的重组方案立案调查，投资者关注。", "重组方"),
    ("证监会对上市公司的重组方案立案调查，投资者关注。", "重组方案"),
    ("证监会通报了一批典型违法案例，投资者关注上市公司。", "典型违法"),
    ("金通灵案件审理中。", "金通灵"),  # no securities story
    ("品牌价值提升，品牌奶粉销量增长。", "价值"),
    ("品牌价值提升，品牌奶粉销量增长。", "奶粉"),
    ("打造区域公用品牌，培育品牌企业。", "企业"),
    ("该公司董事长表示。", "该公司"),
    ("市委书记王明表示，全市投资增长5%。", "市委"),  # a post
    ("全市委托第三方评估。", "市委"),
    ("公司全资子公司增资，其母公司表示支持。", "全资子公司"),
    ("走进星村镇桐木村，茶园连片。", "走进星村"),
    ("学校与镇江海工动力装备有限公司共建联合实验室。", "学校与镇"),  # 镇 opens 镇江
    ("来源：四川政府采购网", "四川政府"),
    ("中心城区常住人口236.4万人。", "城区"),
    ("从长沙至机场的大巴每天30班。", "长沙至机场"),
    # review: kinds of villages, committees' departments and dispatches, industries, listed airport firms
    ("在受灾村镇，共转移群众3200人。已出列村人均收入1.5万元。", "受灾村镇"),
    ("在受灾村镇，共转移群众3200人。已出列村人均收入1.5万元。", "已出列村"),
    ("本市委派工作组赴现场。", "市委"),
    ("市委组织部负责人介绍。", "市委"),
    ("具身智能营业收入增长45%。", "具身智能"),
    ("上海机场（集团）有限公司净利润增长。", "上海机场"),
    ("园区企业株洲华湘轨道科技有限公司投产。", "园区企业株洲华湘轨道科技有限公司"),
    ("打造历史文化名镇，建设特色小镇。", "文化名镇"),
    # a verb ending in 乡 is no township
    ("救助流浪乞讨人员87人次，护送返乡23人。", "护送返乡"),
    ("开展文化科技卫生，组织下乡活动。", "组织下乡"),
    ("卢氏县驻村帮扶工作总结。计划选派驻村工作队130支。", "驻村"),
]


def test_a_brand_is_the_same_firm_wherever_its_name_recurs():
    text = "知名品牌光明奶油、南山奶粉均在不合格之列。南山将遭严惩。"
    assert [(m.text, m.type) for m in mentions(text) if m.text == "南山"] == [("南山", "firm")] * 2


def test_a_listed_firm_is_recognised_wherever_its_name_recurs():
    text = "晶丰明源(688368.SH)发布公告。晶丰明源控股股东持有股份，晶丰明源部分董事间接持股。"
    firms = [(m.text, m.span[0]) for m in mentions(text) if m.type == "firm"]
    assert [name for name, _ in firms] == ["晶丰明源"] * 3
    assert "晶丰明源控股" not in {m.text for m in mentions(text)}


def test_a_firm_named_by_its_moves_is_the_same_firm_where_it_recurs():
    text = "云南锗业、章源钨业、翔鹭钨业等多股涨停。6月10日，翔鹭钨业发布报价：黑钨精矿为51.8万元/标吨。"
    firms = [(m.text, m.span[0]) for m in mentions(text) if m.text == "翔鹭钨业"]
    assert [start for _, start in firms] == [index for index in range(len(text)) if text.startswith("翔鹭钨业", index)]
    assert ("云南", "place") not in {(m.text, m.type) for m in mentions(text)}


def test_the_outlet_a_notice_is_sourced_from_is_named():
    text = "全区重大项目推进情况\n来源：宁夏日报\n1—7月，全区完成投资100亿元。"
    start = text.index("来源")
    ms = mentions(text, boilerplate=((start, text.index("\n1—7月")),))
    assert ("宁夏日报", "organization") in {(m.text, m.type) for m in ms}
    assert ("长春市", "place") in {(m.text, m.type) for m in mentions("吉林省长春市农安县")}


def test_a_project_listed_before_等N个项目_does_not_recur_as_a_firm():
    text = "宁东煤化工、银川滨河新材料等12个项目集中开工。银川滨河新材料产业园去年实现产值200亿元。"
    assert [m.span[0] for m in mentions(text) if m.text == "银川滨河新材料"] == [text.index("银川滨河新材料")]


@pytest.mark.parametrize("text, word", NOT_ENTITIES)
def test_generic_words_are_not_entities(text, word):
    assert word not in {m.text for m in mentions(text)}


@pytest.mark.parametrize(
    "text, mention, canonical",
    [
        ("商洛高新区入选。", "商洛高新区", "商洛高新技术产业开发区"),
        ("商南经开区入选。", "商南经开区", "商南经济技术开发区"),
        ("商洛坐拥秦岭。", "商洛", "商洛市"),
        ("中国经济总量。", "中国", "中国"),
        ("陕西省商洛市消息，省工信厅发布名单。", "省工信厅", "陕西省工业和信息化厅"),
        ("宁夏银川市消息，市发改委发布。", "市发改委", "银川市发展和改革委员会"),
        ("工信部公布名单。", "工信部", "工业和信息化部"),
        # no 人民政府 where the government is not so named
        ("香港政府统计处今日公布数据。", "香港政府统计处", "香港特别行政区政府统计处"),
        ("台北市政府主计处公布数据。", "台北市政府主计处", "台北市政府主计处"),
        ("深圳市政府办公厅发布通知。", "深圳市政府办公厅", "深圳市人民政府办公厅"),
    ],
)
def test_canonical_names(text, mention, canonical):
    by_text = {m.text: m for m in mentions(text)}
    assert by_text[mention].canonical == canonical


def test_short_and_full_names_share_one_entity():
    ms = mentions("商洛市位于陕西。商洛坐拥秦岭南麓。")
    ids = {m.entity_id for m in ms if m.text in ("商洛市", "商洛")}
    assert ids == {"place:611000"}


def test_abbreviation_in_brackets_links_later_mentions():
    text = "陕西红旗乳业科技有限公司（以下简称“红旗乳业”）成立于2000年。红旗乳业产品畅销。"
    ms = mentions(text)
    full = next(m for m in ms if m.text == "陕西红旗乳业科技有限公司")
    shorts = [m for m in ms if m.text == "红旗乳业"]
    assert len(shorts) == 2
    assert all(m.entity_id == full.entity_id and m.canonical == full.canonical and m.type == "firm" for m in shorts)


def test_abbreviation_with_a_stock_code_in_the_same_brackets_links_the_headline_too():
    text = "星衡智能2024年营收38.62亿元\n合肥星衡智能装备股份有限公司（以下简称“星衡智能”，证券代码：688537）披露年报。"
    ms = mentions(text)
    shorts = [m for m in ms if m.text == "星衡智能"]
    assert len(shorts) == 2 and {m.canonical for m in shorts} == {"合肥星衡智能装备股份有限公司"}


@pytest.mark.parametrize("prefix", ["子公司", "全资子公司", "控股子公司", "旗下"])
def test_a_subsidiary_is_named_without_its_relation(prefix):
    ms = mentions(f"公司{prefix}合肥星衡精密传动有限公司获评国家级专精特新企业。")
    assert ("合肥星衡精密传动有限公司", "firm") in {(m.text, m.type) for m in ms}


def test_a_generic_abbreviation_is_no_name_to_find_elsewhere():
    text = "安徽华骏科技股份有限公司（以下简称“公司”，证券代码：600123）发布公告。公司子公司华骏新材料有限公司营业收入5亿元。"
    ms = mentions(text)
    assert not any(m.text == "公司" for m in ms)
    assert "华骏新材料有限公司" in {m.text for m in ms}


def test_firm_short_form_links_to_full_name():
    ms = mentions("宁夏金晶科技有限公司项目投产。金晶科技表示将扩产。")
    ids = {m.entity_id for m in ms if m.type == "firm"}
    assert len(ids) == 1
    assert "金晶科技" in {m.text for m in ms}


def test_a_firm_is_named_short_without_its_bracketed_city_or_its_trade():
    text = ("晟芯微电子（芜湖）有限公司封测项目总投资20.2亿元；芜湖瑞驰新能源科技有限公司结构件项目总投资18.6亿元。"
            "其中，晟芯微电子项目年产值25亿元；瑞驰新能源项目新增岗位1200个。")
    ms = mentions(text)
    assert {m.canonical for m in ms if m.text == "晟芯微电子"} == {"晟芯微电子（芜湖）有限公司"}
    assert {m.canonical for m in ms if m.text == "瑞驰新能源"} == {"芜湖瑞驰新能源科技有限公司"}


def test_a_headline_s_short_name_is_the_firm_its_full_name_names():
    ms = mentions("嘉汇置业中期盈利按年升12%\n嘉汇置业控股有限公司昨日公布中期业绩。")
    assert [m.text for m in ms] == ["嘉汇置业", "嘉汇置业控股有限公司"]
    assert len({m.entity_id for m in ms}) == 1


def test_a_place_known_from_its_body_is_that_place_where_else_it_is_named():
    ms = mentions("桐溪县2024年国民经济和社会发展统计公报\n桐溪县统计局\n全县地区生产总值286.4亿元。")
    assert [(m.text, m.type) for m in ms] == [("桐溪县", "place"), ("桐溪县统计局", "government")]


def test_ids_are_stable_across_documents():
    a = {m.text: m.entity_id for m in mentions("西部鑫兴等7家企业入选。")}
    b = {m.text: m.entity_id for m in mentions("今年，西部鑫兴等3家企业获奖。")}
    assert a["西部鑫兴"] == b["西部鑫兴"] and a["西部鑫兴"].startswith("firm:")


def test_mentions_in_document_order_with_spans_and_rules():
    text = "商洛高新区和商南经开区入选，省工信厅发布。"
    ms = mentions(text)
    assert [m.span for m in ms] == sorted(m.span for m in ms)
    for m in ms:
        assert text[m.span[0]:m.span[1]] == m.text
        assert m.type in ("place", "park", "firm", "government", "organization")
        assert m.rule.startswith("entities.") and m.rule.endswith(".v1")


def test_boilerplate_is_skipped():
    text = "商洛高新区入选。下载国家统计局APP"
    start = text.index("下载")
    ms = mentions(text, boilerplate=((start, len(text)),))
    assert "国家统计局" not in {m.text for m in ms}
    assert "商洛高新区" in {m.text for m in ms}


@pytest.mark.parametrize(("credit", "agency"), [("（港台图片）", "港台"), ("（新华社资料图片）", "新华社"), ("（大河网图片）", "大河网")])
def test_the_agency_a_photo_is_credited_to_is_named_in_boilerplate(credit, agency):
    text = f"人民银行开展逆回购操作。{credit}\n下载国家统计局APP"
    start = text.index(credit)
    ms = mentions(text, boilerplate=((start, start + len(credit)), (text.index("下载"), len(text))))
    assert (agency, "organization") in {(m.text, m.type) for m in ms}
    assert "国家统计局" not in {m.text for m in ms}


def test_empty_text():
    assert mentions("") == ()


def test_long_text_beyond_spacy_default_max_length():
    text = "商洛高新区入选。" + "绿色工厂建设稳步推进，" * 100_000
    ms = mentions(text)
    assert ms[0].text == "商洛高新区"


def test_pipeline_with_the_statistical_model():
    from extractor import entities
    from extractor.nlp import make_blank

    nlp = entities.add_pipes(make_blank(), use_model=True)
    assert nlp.pipe_names == ["gongwen_candidates", "gongwen_ner", "gongwen_resolve"]
    doc = nlp("商洛高新区入选。据新华社报道，阿里巴巴和腾讯公布财报。")
    found_ = {(m.text, m.type) for m in doc._.gongwen_mentions}
    assert ("商洛高新区", "park") in found_
    for m in doc._.gongwen_mentions:
        assert m.type in entities.TYPES and m.rule.startswith("entities.")


def test_deictic_words_are_not_entities():
    from extractor.entities import find_mentions
    from extractor.normalize import normalize
    from extractor.segment import split_sentences

    norm = normalize("我国绿色制造体系加快构建，全市新增绿色工厂3家，当地企业踊跃参与。")
    assert [m.text for m in find_mentions(norm, split_sentences(norm))] == []



@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("黑龙江农民李克东用上新技术，哈尔滨的专家也来了。", ["黑龙江", "哈尔滨"]),
        ("在江苏宜兴的一处隧道内，无人机正在作业。", ["江苏", "宜兴"]),
    ],
)
def test_a_surname_before_a_county_short_form_makes_it_a_person(text, places):
    from extractor.entities import find_mentions
    from extractor.normalize import normalize
    from extractor.segment import split_sentences

    norm = normalize(text)
    assert [m.text for m in find_mentions(norm, split_sentences(norm)) if m.type == "place"] == places


def test_suffix_trie_matches_the_longest_suffix_as_a_flat_alternation_does():
    import re

    from extractor.entities import SUFFIX_RE, SUFFIX_TYPE

    flat = re.compile("|".join(re.escape(word) for word in sorted(SUFFIX_TYPE, key=len, reverse=True)))
    text = "商洛高新技术产业开发区管理委员会与西安分行、宁夏金晶科技有限公司和中心医院、人民政府办公室"
    assert [m.span() for m in SUFFIX_RE.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert SUFFIX_RE.search("集团股份有限公司").group() == "集团股份有限公司"


@pytest.mark.parametrize("text,name,kind", [
    ("洛阳市审计局受市人民政府委托，对预算执行情况进行了审计。", "市人民政府", "government"),
    ("本次发行的保荐机构为华岳证券股份有限公司。", "华岳证券股份有限公司", "firm"),
    ("现将泰山景区门票价格公告如下。", "泰山景区", "place"),
    ("不合格产品涉及杭州市拱墅区绿禾果蔬店、杭州市西湖区鲜达农贸经营部。", "杭州市拱墅区绿禾果蔬店", "firm"),
    ("不合格产品涉及杭州市拱墅区绿禾果蔬店、杭州市西湖区鲜达农贸经营部。", "杭州市西湖区鲜达农贸经营部", "firm"),
    ("全县紧急转移安置群众1,326人，其中龙门镇846人、宝盛乡312人、太平镇168人。", "太平镇", "place"),
    ("长安镇、虎门镇、塘厦镇分别入库412家、365家和318家。", "塘厦镇", "place"),  # 塘厦镇 alone reads as a verb
    ("其中，上派镇、桃花镇地区生产总值分别达到286.3亿元和241.7亿元。", "桃花镇", "place"),  # 镇地区 is no stop in a list
    ("天子湖镇、杭垓镇签约率分别为33.8%和34.2%。", "杭垓镇", "place"),
    ("甘肃省教育考试院发布2025年高考安排。", "甘肃省教育考试院", "government"),
    ("该项目由蒙西绿能新能源有限公司投资建设。", "蒙西绿能新能源有限公司", "firm"),
    ("由蒙西绿能新能源有限公司投资建设的光伏项目并网。", "蒙西绿能新能源有限公司", "firm"),
    ("物流业务收益3,517.4百万港元，占本集团总收益72.9%；港湾物流控股有限公司公布业绩。", "港湾物流控股有限公司", "firm"),
    ("常州澄远投资控股有限公司持有公司股份88,417,500股。", "常州澄远投资控股有限公司", "firm"),
    ("嘉兴市第二医院公开招聘工作人员23名。", "嘉兴市第二医院", "organization"),
    ("郑州市第十一中学录取分数线598分。", "郑州市第十一中学", "organization"),
    ("杭州市第一人民医院门诊量100万人次。", "杭州市第一人民医院", "organization"),
    ("项目由甘肃陇秦高速公路建设管理有限公司负责建设。", "甘肃陇秦高速公路建设管理有限公司", "firm"),
    ("记者从星衡智能科技有限公司获悉，该公司营收增长。", "星衡智能科技有限公司", "firm"),
    ("从化区星衡科技有限公司营收增长。", "从化区星衡科技有限公司", "firm"),
    ("分镇街看，北滘镇、容桂街道、大良街道完成投资居前三位。", "容桂街道", "place"),  # towns and subdistricts listed
    ("分镇街看，北滘镇、容桂街道、大良街道完成投资居前三位。", "北滘镇", "place"),
])
def test_a_name_is_found_without_the_word_before_it_and_registered_shops_are_firms(text, name, kind):
    assert (name, kind) in found(text)


@pytest.mark.parametrize("text", ["按酒店级别分析，全市星级酒店入住率上升。", "全市新开门店120家，商店和超市营业额增长。",
                                  "其中重点镇3个、特色镇5个、小城镇2个。", "推进城镇、乡镇建设，返乡、下乡人员5人。",
                                  "各镇、各街道、全乡干部参加培训。", "全市第二季度完成投资5亿元，公司第三车间产量100吨。"])
def test_kinds_of_shops_and_towns_are_no_names(text):
    assert not any(kind in ("firm", "place") for _, kind in found(text))


def test_a_share_of_the_group_names_no_firm_called_zhan_ben_jituan():
    assert not any(name.startswith("占") for name, _ in found("物流业务收益按年上升9.8%，占本集团总收益72.9%。"))


@pytest.mark.parametrize("text,name", [("证券代码：605497　证券简称：澄远新材　公告编号：2025-012", "澄远新材"),
                                       ("证券代码：600123 证券简称：*ST沪科 公告编号：临2025-01", "*ST沪科"),
                                       ("公司代码：605879 公司简称：澄远新材", "澄远新材")])
def test_a_securities_name_is_a_listed_firm(text, name):
    assert (name, "firm") in found(text)


def test_a_subdistrict_office_named_by_a_plain_word_is_a_government_body_when_its_street_is_named_twice():
    text = "首页 > 街道动态 > 民意街道\n民意街道办事处2024年工作总结\n2024年，民意街道办事处在区委领导下推进各项工作。"
    assert ("民意街道办事处", "government") in found(text)
    assert not any(name.endswith("街道办事处") for name, _ in found("各乡镇街道办事处要抓好落实，乡镇街道办事处负责。"))


def test_a_county_whose_name_is_a_plain_word_needs_its_province_named():
    assert ("新建区", "place") not in found("滑县高标准农田建设项目。新建区亩均投入3000元，改造提升区亩均投入1500元。")
    assert ("新建区", "place") in found("江西省南昌市新建区今年投资5亿元。")


def test_the_cells_under_a_sampled_units_column_are_firms_but_bodies_and_schools_are_not():
    text = ("| 序号 | 被抽样单位 | 食品名称 | 检验结果 |\n| --- | --- | --- | --- |\n"
            "| 1 | 佛山市南海区桂城盛丰菜档 | 芹菜 | 0.21mg/kg |\n| 2 | 佛山市顺德区容桂好客来酒家 | 猪肉 | 0.8μg/kg |\n"
            "| 3 | 佛山市禅城区市场监督管理局 | 抽检 | 合格 |\n")
    names = found(text)
    assert ("佛山市南海区桂城盛丰菜档", "firm") in names and ("佛山市顺德区容桂好客来酒家", "firm") in names
    assert ("佛山市禅城区市场监督管理局", "firm") not in names
    others = found("| 当事人名称 | 处罚金额（元） |\n| --- | --- |\n| 司马某某 | 3000 |\n| 市中级人民法院 | 0 |\n| 市档案馆 | 0 |\n"
                   "| 事业单位 | 0 |\n")
    assert not any(kind == "firm" for _, kind in others)


def test_the_rows_of_a_table_headed_by_firms_name_firms_but_not_its_total_or_kinds():
    names = found("各企业运营情况见下表：\n| 企业 | 投放车辆(万辆) | 投诉(件) |\n| 骑程单车 | 18.2 | 412 |\n| 蓝驰出行 | 14.9 | 356 |\n"
                  "| 其他企业 | 9.5 | 198 |\n| 合计 | 42.6 | 966 |\n")
    assert ("骑程单车", "firm") in names and ("蓝驰出行", "firm") in names
    assert not any(name in ("其他企业", "合计") for name, _ in names)
    kinds = found("| 企业 | 户数 |\n| 规上工业 | 3 |\n| 微信公众号 | 2 |\n| 同比增长 | 5 |\n| 上市公司 | 2 |\n| 欧阳建国 | 1 |\n"
                  "| 装备制造 | 2 |\n| 外资控股 | 4 |\n")
    assert not any(kind == "firm" for _, kind in kinds)
    report = found("| 公司 | 现价(元) | 目标价(元) |\n|---|---|---|\n| 宁川新能源 | 70.47 | 86.40 |\n| 江源动力 | 18.62 | 21.60 |\n")
    assert ("江源动力", "firm") in report


def test_taiwan_s_executive_bodies_are_government_and_a_treaty_s_city_no_place():
    names = found("劳动部今日公布，劳动部劳工保险局核付3万8,214人；行政院主计总处与国发会发布。马德里商标国际注册申请386件。")
    assert {("劳动部", "government"), ("劳动部劳工保险局", "government"), ("行政院主计总处", "government"),
            ("国发会", "government")} <= names
    assert ("马德里", "place") not in names
    assert ("马德里", "place") in found("西班牙首都马德里举办了展会。")


def test_a_road_named_after_a_place_is_no_place():
    assert not {name for name, _ in found("弋江区中山南路以东、北京中路以南、山东路以西")} & {"中山", "北京", "山东"}
    assert ("北京", "place") in found("北京中关村发布新政。")


@pytest.mark.parametrize(
    "text,name",
    [("1月23日，淮安市清江浦区惠民医院召开大会。", "淮安市清江浦区惠民医院"), ("深圳市龙岗区平湖中学新建教学楼。", "深圳市龙岗区平湖中学")],
)
def test_an_institution_named_after_a_place_keeps_its_city_and_district(text, name):
    assert (name, "organization") in found(text)


@pytest.mark.parametrize("text,name", [("本次发行已获中国证券监督管理委员会证监许可〔2025〕1876号文同意注册。", "中国证券监督管理委员会"),
                                        ("经中国银行保险监督管理委员会批准。", "中国银行保险监督管理委员会")])
def test_a_national_regulator_by_its_full_name(text, name):
    assert (name, "government") in found(text)


@pytest.mark.parametrize("text,name", [
    ("从商圈看，五一商圈继续领跑，夜间客流1426.3万人次。", "五一商圈"),
    ("梅溪湖商圈夜间客流增长12%。", "梅溪湖商圈"),
    ("黄兴路步行街日均客流10万人次。", "黄兴路步行街"),
])
def test_a_shopping_area_s_short_name_makes_it_a_place(text, name):
    assert (name, "place") in found(text)


def test_kinds_of_shopping_areas_are_no_places():
    names = {m.text for m in mentions("全市重点商圈夜间客流增长，其他商圈增长5%，核心商圈、新商圈和各商圈，全市8个步行街客流增长。"
                                      "打造智慧商圈，建成特色步行街3条，改造提升步行街2条，这些商圈，传统商圈，提升商圈品质，附近商圈，线上商圈。")}
    assert not {n for n in names if n.endswith(("商圈", "步行街"))}


@pytest.mark.parametrize(("text", "firm"), [
    ("项目由长兴和泰智能装备有限公司投资建设。", "长兴和泰智能装备有限公司"),
    ("签约企业有苏州与恒精密机械有限公司。", "苏州与恒精密机械有限公司"),
])
def test_a_one_character_name_after_a_place_and_a_conjunction_is_the_firm_s_own(text, firm):
    assert (firm, "firm") in [(m.text, m.type) for m in mentions(text)]


def test_two_places_joined_are_still_two_places():
    assert {("长兴", "place"), ("湖州", "place")} <= {(m.text, m.type) for m in mentions("长兴和湖州的企业共10家。")}


def test_investors_of_a_region_are_no_place():
    assert not [m for m in mentions("外商及港澳台商投资企业增长4.1%。") if m.text == "港澳台"]


def test_a_county_before_its_own_city_s_firm_is_where_the_firm_works():
    found = [(m.text, m.type) for m in mentions("舒城县六安青岚油茶科技有限公司年产油茶籽5000吨。")]
    assert ("舒城县", "place") in found and ("六安青岚油茶科技有限公司", "firm") in found


@pytest.mark.parametrize(("text", "name"), [
    ("温州市红十字会\n记者从市红十字会获悉。", "温州市红十字会"),
    ("完成浙江省红十字会下达年度任务。", "浙江省红十字会"),
])
def test_a_place_s_red_cross_is_a_body_of_its_own(text, name):
    assert (name, "organization") in [(m.text, m.type) for m in mentions(text)]


@pytest.mark.parametrize(("text", "body"), [
    ("整改情况报县农业农村局农田建设股。", "县农业农村局"),
    ("结果报送市生态环境局备案。", "市生态环境局"),
])
def test_the_body_reported_to_is_named_without_the_report(text, body):
    assert (body, "government") in [(m.text, m.type) for m in mentions(text)]


def test_every_body_of_a_kind_is_no_one_body():
    assert not [m for m in mentions("各乡镇人民政府，县直有关单位：") if m.text.startswith("各")]


@pytest.mark.parametrize(("text", "school"), [("新建区第一中学高考本科上线率92%。", "新建区第一中学"), ("新开铺小学在校学生1800人。", "新开铺小学")])
def test_schools_whose_names_open_like_new_ones_keep_their_names(text, school):
    assert (school, "organization") in [(m.text, m.type) for m in mentions(text)]


def test_a_shopping_area_named_by_a_word_no_dictionary_knows_is_a_place():
    found = [(m.text, m.type) for m in mentions("长沙五一商圈、德思勤商圈夜间客流同比增长18.3%。打造智慧商圈3个。")]
    assert ("德思勤商圈", "place") in found and not any("智慧商圈" in text for text, _ in found)


def test_a_one_character_adverb_after_a_place_can_open_a_firm_s_name():
    assert ("浙江越芯半导体科技有限公司", "firm") in [(m.text, m.type) for m in mentions("浙江越芯半导体科技有限公司以50亿元注册资本居新设企业首位。")]


def test_a_word_opening_with_a_place_s_name_is_no_place():
    names = {name for name, _ in found("全年日照时数1856小时。为确保社会长治久安，全县普洱茶产量1.2万吨。")}
    assert not names & {"日照", "长治", "普洱"}
    assert ("日照", "place") in found("日照港完成吞吐量5亿吨，日照市GDP增长5%。") or ("日照市", "place") in found("日照市GDP增长5%。")


def test_a_zone_named_by_its_kind_alone_is_the_notice_s_own_park():
    named = {m.text: m.canonical for m in mentions("长沙经济技术开发区前三季度经济运行平稳。前三季度，经开区实现地区生产总值612.8亿元。")}
    assert named["经开区"] == "长沙经济技术开发区"
    in_city = [(m.text, m.canonical) for m in mentions("西安市经济运行平稳。今年以来，高新区累计签约项目47个。")]
    assert ("高新区", "西安高新技术产业开发区") in in_city
    assert not any(m.text == "高新区" for m in mentions("各高新区要加强管理，国家高新区营业收入增长5%。"))


def test_a_verb_after_an_unknown_word_is_part_of_a_firm_s_name_before_its_trade():
    assert ("成都鲜禾优选商贸有限公司", "firm") in found("经检验，成都鲜禾优选商贸有限公司销售的韭菜中腐霉利检出值为0.58毫克/千克。")
    assert ("浙江禾川包装科技有限公司", "firm") in found("关联方浙江禾川包装科技有限公司采购金额为500万元。")


def test_a_continental_air_mass_or_climate_is_no_place_but_the_mainland_is():
    names = {name for name, _ in found("受大陆冷气团影响，全省平均气温下降5.2℃，呈大陆性气候特征。")}
    assert "大陆" not in names
    assert ("中国大陆", "place") in found("中国大陆旅客达到120万人次。")


def test_an_announcing_firm_named_on_its_own_line_or_as_this_company_is_a_firm_and_this_group_is_none():
    names = found("董事会公告\n瀚海科技控股有限公司\n本公告乃由瀚海智能制造控股有限公司（「本公司」）作出，根据对本集团的初步评估。")
    assert {("瀚海科技控股有限公司", "firm"), ("瀚海智能制造控股有限公司", "firm")} <= names
    assert not any(name.endswith("本集团") for name, _ in names)


def test_every_short_name_in_one_bracket_links_later_mentions():
    text = "株洲市湘江新岸城市发展集团有限公司（以下简称“发行人”或“湘江新岸集团”）公开发行公司债券。截至2024年末，发行人总资产612.38亿元。"
    ms = mentions(text)
    issuer = [m for m in ms if m.text == "发行人"]
    assert len(issuer) == 2 and {m.canonical for m in issuer} == {"株洲市湘江新岸城市发展集团有限公司"}


@pytest.mark.parametrize(
    "text, word, canonical",
    [
        ("温州市慈善总会2025年上半年募捐收支情况公示\n上半年，本会共接收捐赠款5,863.27万元。", "本会", "温州市慈善总会"),
        ("香港特别行政区政府入境事务处2024年年报\n截至2024年末，本处编制共有8,542个职位。", "本处", "香港特别行政区政府入境事务处"),
        ("浙江工业大学发布就业质量报告。2025届我校毕业生就业率96.2%。", "我校", "浙江工业大学"),
        ("深圳证券交易所发布10月市场概况。10月份本所股票成交额4.83万亿元。", "本所", "深圳证券交易所"),
    ],
)
def test_a_body_speaking_of_itself_is_the_body_it_named(text, word, canonical):
    found = [m for m in mentions(text) if m.text == word]
    assert found and all(m.canonical == canonical for m in found)


@pytest.mark.parametrize(
    "text, word",
    [
        ("温州市慈善总会召开年会。本会计年度收入增长。", "本会"),  # 本会计年度: this fiscal year
        ("杭州市西湖区市场监督管理局行政处罚决定书\n本局执法人员发现当事人仓库内存放过期食品14箱。", "本局"),
        ("本所得税政策适用于小微企业。", "本所"),
        ("市统计局发布公报。全市经济基本处于平稳区间。", "本处"),  # 基本处于
        ("上海证券交易所发布公告。营业成本所占比重下降。", "本所"),  # 成本所占
        ("某区公安分局治安管理处依法查处。本处罚决定书送达后，罚款5000元。", "本处"),  # 本处罚决定

    ],
)
def test_words_that_only_look_like_a_body_speaking_of_itself(text, word):
    assert word not in {m.text for m in mentions(text)}


@pytest.mark.parametrize(
    "text, firm",
    [
        ("三一重能前三季度实现营业收入86.3亿元，同比增长12.5%。", "三一重能"),
        ("截至2025年11月30日，格力博通过集中竞价交易方式累计回购股份1,286.3万股。", "格力博"),
        ("截至本公告披露日，华晟智能及控股子公司对外担保总额为人民币48.6亿元。", "华晟智能"),
        ("凯盛新能预计2025年1-12月归属于上市公司股东的净利润亏损2.8亿元至3.5亿元。", "凯盛新能"),
        ("最终由保利发展以3.02亿元竞得，溢价率40.5%。", "保利发展"),
    ],
)
def test_a_listed_firm_s_short_name_before_what_only_a_firm_does_is_a_firm(text, firm):
    assert (firm, "firm") in {(m.text, m.type) for m in mentions(text)}


@pytest.mark.parametrize(
    "text, word",
    [
        ("前三季度，省属企业累计实现营业收入8,231.6亿元。", "省属企业累计"),
        ("第三季度实现营业收入12.3亿元。", "第三季度"),
        ("母公司累计实现净利润3.2亿元。", "母公司累计"),
        ("全省规上工业企业实现营业收入5.2万亿元。", "全省规上工业企业"),
        ("公司及控股子公司对外担保总额为3亿元。", "公司"),
    ],
)
def test_a_scope_a_period_or_a_kind_of_firm_before_a_firm_s_act_is_no_firm(text, word):
    assert all(m.text != word or m.type != "firm" for m in mentions(text))


def test_a_village_level_station_names_no_village():
    assert [m.text for m in mentions("宁夏盐池县新建村级光伏电站二十三座。") if m.type == "place"] == ["宁夏", "盐池县"]


def test_a_bureau_of_a_special_administrative_region_s_government_is_one_body():
    found = {(m.text, m.type) for m in mentions("澳门特别行政区政府体育局今日公布。香港特别行政区政府统计处发表数字。")}
    assert {("澳门特别行政区政府体育局", "government"), ("香港特别行政区政府统计处", "government")} <= found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("其一致行动人常州鼎晟企业管理咨询有限公司持有680,000股。", "常州鼎晟企业管理咨询有限公司"),
        ("公司全资子公司江苏恒锐新材料有限公司收到补助。", "江苏恒锐新材料有限公司"),
    ],
)
def test_a_role_before_a_firm_s_name_is_no_part_of_it(text, firm):
    assert firm in {m.text for m in mentions(text) if m.type == "firm"}


def test_a_running_header_s_stock_name_is_the_declared_securities_name_whole():
    text = "证券代码：920718 证券简称：铭拓新材 公告编号：2025-086\n正文第一段。\n第1页 共3页\n铭拓新材（920718） 公告编号：2025-086\n"
    firms = [m.text for m in mentions(text) if m.type == "firm"]
    assert firms.count("铭拓新材") == 2 and "新材" not in firms
