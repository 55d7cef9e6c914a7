/// The names the synthetic corpus puts in place of the seed's cities and speakers.
enum CityNames {
    /// Real prefecture-level cities (地级市), as people name them (without `市`). The seed's own five
    /// (合肥, 蚌埠, 阜阳, 安庆, 黄山) are left out so that every document really is a variant. Names that
    /// are hard for a parser are kept on purpose: numerals (七台河, 六安, 三明, 九江, 十堰), office
    /// characters (长沙, 长春, 常州) and cities that share a province's name (吉林).
    static let prefectureCities = [
        "石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德", "沧州", "廊坊", "衡水",
        "太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁",
        "呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布",
        "沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭", "朝阳",
        "葫芦岛",
        "长春", "吉林", "四平", "辽源", "通化", "白山", "松原", "白城",
        "哈尔滨", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆", "伊春", "佳木斯", "七台河", "牡丹江", "黑河", "绥化",
        "南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁",
        "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水",
        "淮北", "亳州", "宿州", "淮南", "滁州", "六安", "马鞍山", "芜湖", "宣城", "铜陵", "池州",
        "福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德",
        "南昌", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安", "宜春", "抚州", "上饶",
        "长沙", "武汉", "十堰", "广州", "成都", "贵阳", "六盘水", "三亚", "三门峡", "百色",
    ]

    /// Common one-character surnames.
    static let surnames = Array(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵"
    ).map(String.init)

    /// Characters of given names; no numerals or magnitude words among them.
    static let givenNameCharacters = Array(
        "卫宝晓静久坤栋正竹建国华明伟芳军平强磊洋勇艳杰涛斌超波辉刚健敏丽峰霞红玲娟鹏宇浩凯文志海林云春秋德成新民光荣祥福泽瑞"
    ).map(String.init)

    /// A speaker's name of two or three characters: a surname and one or two given-name characters.
    static func speakerName(using generator: inout SplitMix64) -> String {
        var name = generator.pick(surnames) + generator.pick(givenNameCharacters)
        if generator.below(3) > 0 { name += generator.pick(givenNameCharacters) }
        return name
    }
}
