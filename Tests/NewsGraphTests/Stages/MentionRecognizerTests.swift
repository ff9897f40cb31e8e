import Testing
@testable import NewsGraph

@Suite("Entity recognition rules")
struct MentionRecognizerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var expected: [String]
        var absent: [String]
        var sourceLocation: SourceLocation
        init(_ sentence: String, _ expected: [String], absent: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
            self.sentence = sentence
            self.expected = expected
            self.absent = absent
            self.sourceLocation = sourceLocation
        }
        var testDescription: String { sentence }
    }

    /// Expected mentions as "surface/Type"; `absent` lists surfaces that must not be mentions
    /// (or, written "surface/Type", mentions that must not have that type).
    static let cases: [Case] = [
        // A name that is no person's, right before its acronym (initials of hyphenated parts too), is a body's.
        .init("The Inter-Services Public Relations (ISPR) said so. The National Disaster Management Authority (NDMA) agreed. Mohammed bin Salman (MBS) spoke.",
              ["Inter-Services Public Relations/Group", "National Disaster Management Authority/Group", "Mohammed bin Salman/Person"]),
        // A company's name ends with its head.
        .init("An attack on the headquarters of Turkish Aerospace Industries killed five.", ["Turkish Aerospace Industries/Group"], absent: ["Aerospace Industries/Person"]),
        // A capital that something is blamed on stands for its state; one things happen on does not.
        .init("The strike, which Kyiv blamed on Moscow, hit a hospital. Talks went on in Moscow.", ["Moscow/State", "Moscow/Place"]),
        // A people's name ends a person's name after a title ("Baloch" is a surname too).
        .init("Pakistan's Foreign Office spokesperson Mumtaz Zahra Baloch said so. Baloch separatists attacked a train.",
              ["Mumtaz Zahra Baloch/Person"], absent: ["Baloch/Person"]),
        // A preposition capitalised inside a clause starts a name; at a clause's start it does not.
        .init("Xi held talks with To Lam on Monday. In Hanoi, officials met.", ["To Lam/Person", "Hanoi/Place"], absent: ["In Hanoi"]),
        // An ordinal opens a military unit's name (a body, a possessor's); "Forces of the" is no part of it.
        .init("Ukraine's 47th Mechanised Brigade held the town. Forces of the 444th Brigade advanced. It was the 21st century.",
              ["47th Mechanised Brigade/Group", "444th Brigade/Group"], absent: ["Forces", "21st"]),
        // A surname written first, already named in full, is that person's before an office.
        .init("President Lee Jae-myung spoke. Lee's chief of staff Kang Hoon-sik attended.", ["Kang Hoon-sik/Person"], absent: ["Lee/Group"]),
        // "St." opens a place's name with its stop; "Saint" is no title before one.
        .init("Putin met Lukashenko in St. Petersburg on Friday. Ali flew to St. Vincent and to Saint Lucia.",
              ["St. Petersburg/Place", "St. Vincent/State", "Saint Lucia/State"], absent: ["Lucia/Person", "Vincent/Person", "Petersburg/Person"]),
        // A title's modifier inside a state's name ("New") opens no title.
        .init("Anthony Albanese and his Papua New Guinea counterpart James Marape met. He flew to Papua New Guinea.",
              ["Papua New Guinea/State", "James Marape/Person"], absent: ["Guinea/State", "Papua/Place"]),
        // A place head after a name with its own head is no part of it.
        .init("Drones attacked the Black Sea port on Tuesday. Jets struck Ras Isa port.", ["Black Sea/Place", "Ras Isa port/Place"], absent: ["Black Sea port"]),
        // A complex is a place, like a palace.
        .init("Erdogan hosted Sudani at the Presidential Complex in Ankara.", ["Presidential Complex/Place"], absent: ["Presidential Complex/Person"]),
        // A town in capitals opening a line is a dateline's place; initials elsewhere are no town.
        .init("PESHAWAR: Shehbaz Sharif spoke. The UN and NATO met in PESHAWAR.", ["PESHAWAR/Place"], absent: ["PESHAWAR/Group", "UN/Place"]),
        // A town before a part of it is the town ("Beirut's southern suburbs"), not its state.
        .init("Israel struck Beirut's southern suburbs on Sunday. Moscow's invasion continued.", ["Beirut/Place", "Moscow/State"],
              absent: ["Beirut/State"]),
        // A title after its state keeps its last word before "and" and a second title.
        .init("Wang Yi met Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu.", ["Kazakh/State", "Murat Nurtleu/Person"],
              absent: ["Prime/Person"]),
        // "adviser for Africa X": the region a lower-case title covers, then its holder.
        .init("He met the US senior adviser for Africa Massad Boulos. US envoy for the Middle East Steve Witkoff flew home.",
              ["Africa/Place", "Massad Boulos/Person", "Middle East/Place", "Steve Witkoff/Person"], absent: ["Africa Massad Boulos", "Middle East Steve Witkoff"]),
        // A body named by head and portfolio, then its officer's name (and title).
        .init("Minister of State at the Ministry of Foreign Affairs Mohammed bin Abdulaziz Al Khulaifi attended. The Ministry of Foreign Affairs Spokesperson Majed Al Ansari spoke.",
              ["Ministry of Foreign Affairs/Group", "Mohammed bin Abdulaziz Al Khulaifi/Person", "Majed Al Ansari/Person"],
              absent: ["Ministry of Foreign Affairs Mohammed", "Ministry of Foreign Affairs Spokesperson"]),
        .init("The Ministry of Foreign Affairs and Trade said.", ["Ministry of Foreign Affairs and Trade/Group"]),
        // A name before "rebels" and a verb is a body's (the verb is no descriptor of a name after it).
        .init("Officials said M23 rebels seized Goma.", ["M23/Group", "Goma/Place"], absent: ["M23/Person"]),
        // A possessor makes a place only of its own name, not of a town's one-word alias
        // ("Abiy", an old name of Abiy Adi) in a headline before the person is named in full.
        .init("Ethiopia's Abiy visits border\n\nPrime Minister Abiy Ahmed spoke. Afghanistan's Khost was calm.",
              ["Abiy Ahmed/Person", "Khost/Place"], absent: ["Abiy/Place"]),
        // A hall is a place.
        .init("The leaders met at the Great Hall of the People.", ["Great Hall/Place"], absent: ["Great Hall/Person"]),
        // The name right after a vessel noun is a ship's: no place, no person (but a state stays one).
        .init("The frigate Admiral Gorshkov and the submarine Kazan reached Havana. The aircraft carrier Nimitz sailed. A vessel Iranian forces seized sank.",
              ["Havana/Place", "Iranian/State"], absent: ["Gorshkov", "Admiral Gorshkov", "Kazan", "Nimitz"]),
        // "the Turkish capital" names the capital; a capital noun that modifies another does not.
        .init("Talks were held in the Turkish capital late on Wednesday. Traders in the Indian capital market were calm.",
              ["Turkish capital/Place", "Indian/State"], absent: ["Turkish/State", "Indian capital"]),
        // So is a name that an apposition calls a vessel.
        .init("Rebels fired at the Sea Queen, a Liberian-flagged bulk carrier, and the Ocean Star, an oil tanker. Anna Bell, a ship captain, spoke.",
              ["Anna Bell/Person"], absent: ["Sea Queen", "Ocean Star"]),
        // A descriptive word opening a sentence before "militants" is no group's name; a
        // two-word military rank is a title, no part of the name.
        .init("Separatist militants attacked a train on Tuesday. Suspected rebels fled.", [], absent: ["Separatist", "Suspected"]),
        .init("Its spokesman, Rear Admiral Daniel Hagari, said so. Vice Admiral Brad Cooper spoke.",
              ["Daniel Hagari/Person", "Brad Cooper/Person"], absent: ["Rear", "Rear Admiral Daniel Hagari", "Vice Admiral Brad Cooper"]),
        // A body's name goes on past "in" when the acronym after it spells the whole name.
        .init("The African Union Transition Mission in Somalia (ATMIS) condemned it. Officials in Somalia (AP) said so.",
              ["African Union Transition Mission in Somalia/Group", "ATMIS/Group", "Somalia/State"], absent: ["Officials in Somalia"]),
        .init("Kenya's Foreign Minister Musalia Mudavadi spoke with reporters.", ["Kenya/State", "Musalia Mudavadi/Person"]),
        // A body's head a word or two into its name, before "of" ("Economic Community of West
        // African States"); not a name cut short before a title's plural.
        .init("The Economic Community of West African States (ECOWAS) condemned the attacks. The Reserve Bank of India cut rates.",
              ["Economic Community of West African States/Group", "ECOWAS/Group", "Reserve Bank of India/Group"]),
        .init("He attended a meeting of the SCO Council of Foreign Ministers in Tianjin.", [], absent: ["SCO Council of Foreign"]),
        // "His Highness", "His Majesty" are titles, no part of the name.
        .init("President His Highness Sheikh Mohamed bin Zayed Al Nahyan received a call. His Majesty King Abdullah II met him.",
              ["Mohamed bin Zayed Al Nahyan/Person", "Abdullah II/Person"], absent: ["His Highness Sheikh Mohamed bin Zayed Al Nahyan"]),
        // A body's one-word name, then its officer's title and name.
        .init("Taliban Foreign Minister Amir Khan Muttaqi telephoned Abbas Araghchi.", ["Taliban/Group", "Amir Khan Muttaqi/Person"],
              absent: ["Taliban Foreign Minister Amir Khan Muttaqi"]),
        // A time's "AM" or "GMT" is no body's initials.
        .init("Sunday, 22 June 2025 9:14 AM. The talks began at 1400 GMT.", [], absent: ["AM", "GMT"]),
        // A gazetteer town struck or taken is a place, however small; its longer alias too.
        .init("The coordinated attacks targeted Kayes, Nioro du Sahel and four other towns.", ["Kayes/Place", "Nioro du Sahel/Place"]),
        // A list of places each with its own time: "X in January and Y in February".
        .init("The army retook Khan Younis in January and Rafah in February.", ["Khan Younis/Place", "Rafah/Place"]),
        .init("Drones hit Sumy on Monday, Konotop on Tuesday.", ["Sumy/Place", "Konotop/Place"]),
        // "X movement" is a body.
        .init("The Ansarullah movement in Yemen said so.", ["Ansarullah/Group", "Yemen/State"], absent: ["Ansarullah/Person"]),
        // Descriptors after a name make it a body, unless another name follows them; a
        // title's plural is no name; "Chief of Staff" is a title.
        .init("Members of the Tren de Aragua gang and the M23 rebel group were named.", ["Tren de Aragua/Group", "M23/Group"]),
        .init("Pakistan struck the Sindhi militant group Sindhudesh Revolutionary Army.", ["Sindhudesh Revolutionary Army/Group"], absent: ["Sindhi/Group"]),
        .init("They held Special Representatives talks.", [], absent: ["Special Representatives"]),
        // "Junta leader X" opening a sentence: a title with the sentence's capital, no name "Junta".
        .init("Junta leader Captain Ibrahim Traore has ruled the country since 2022.", ["Ibrahim Traore/Person"], absent: ["Junta"]),
        // An honorific opens the name without being part of it.
        .init("British Prime Minister Sir Keir Starmer spoke.", ["Keir Starmer/Person"], absent: ["Sir Keir Starmer"]),
        // An observatory is a body ("Syrian Observatory for Human Rights"), not a person "Human Rights".
        .init("Israeli jets struck sites near Damascus, the Syrian Observatory for Human Rights said.",
              ["Syrian Observatory for Human Rights/Group", "Damascus/Place"], absent: ["Human Rights/Person"]),
        // Known group names after a lower-case or capitalised "al-" particle; plural nouns
        // of a faith are no names; church titles are titles.
        .init("The military conducted an airstrike against al-Shabaab near Jilib.", ["al-Shabaab/Group", "Jilib/Place"]),
        .init("The military conducted an airstrike against Al-Shabaab near Jilib.", ["Al-Shabaab/Group"], absent: ["Al-Shabaab/Person"]),
        .init("He met Bartholomew, the spiritual leader of the world's Orthodox Christians.", [], absent: ["Orthodox Christians"]),
        .init("Vatican Secretary of State Cardinal Pietro Parolin is travelling with him.", ["Pietro Parolin/Person"], absent: ["Cardinal Pietro Parolin"]),
        // Known group names (one word or two), not a place for its "Province"; a dateline's
        // first word the article writes in lower case is no group.
        .init("Fighters of the rival Islamic State West Africa Province (ISWAP) raided a base in the town of Rann.",
              ["Islamic State West Africa Province/Group"], absent: ["Islamic State West Africa Province/Place"]),
        .init("Boko Haram attacked a base in Marte on Monday.", ["Boko Haram/Group"]),
        .init("Hamas handed over the remains of two hostages through the Red Cross.", ["Red Cross/Group"]),
        // An apposition that says a name is a body ("X, a Venezuelan gang the …"), not one
        // about a person's membership ("X, a gang member").
        .init("Hegseth said the vessel was operated by Tren de Aragua, a Venezuelan gang the administration has designated a terrorist organization.",
              ["Tren de Aragua/Group"]),
        .init("John Smith, a gang member, was arrested.", ["John Smith/Person"]),
        // A title modifier before a title ("Deputy Prime Minister") is part of the title.
        .init("Deputy Prime Minister and Foreign Minister Senator Mohammad Ishaq Dar received a call.", ["Mohammad Ishaq Dar/Person"], absent: ["Prime"]),
        .init("The Deputy Prime Minister thanked the Saudi Foreign Minister for the support.", [], absent: ["Prime"]),
        .init("PORT-AU-PRINCE, Haiti (AP) — Gang members attacked the town of Mirebalais. The gang coalition said so.", [], absent: ["Gang/Group"]),
        .init("Chief of Staff Susie Wiles spoke.", ["Susie Wiles/Person"], absent: ["Staff Susie Wiles"]),
        .init("They met S. Jaishankar and George W. Bush.", ["S. Jaishankar/Person", "George W. Bush/Person"]),
        .init("Soldiers repulsed an attack by al-Shabaab militants.", ["al-Shabaab/Group"], absent: ["Shabaab/Group"]),
        .init("Fighters of the Group for the Support of Islam attacked. The Council of the European Union met.",
              ["Group for the Support of Islam/Group", "Council of the European Union/Group"]),
        // The rest of a bare title's portfolio, then the name; a group named by what its members
        // are called, then the same name alone, and "a X camp", are that group.
        .init("Qatar's Minister of State for Foreign Affairs Mohammed Al-Khulaifi spoke.", ["Qatar/State", "Mohammed Al-Khulaifi/Person"]),
        .init("Jihadists from Boko Haram stormed a village. Troops raided a Boko Haram camp and killed Boko Haram fighters.",
              ["Boko Haram/Group"], absent: ["Boko Haram camp/Place", "Boko Haram/Person"]),
        .init("Al-Shabaab militants attacked a base. The strike against Al-Shabaab followed.", ["Al-Shabaab/Group"], absent: ["Al-Shabaab/Person"]),
        .init("Beijing rejected the claim, and Washington signalled talks.", ["Beijing/State", "Washington/State"],
              absent: ["Beijing/Place", "Washington/Place"]),
        // A smaller town listed after a place is a place too; without the list it is no name.
        .init("Shelling hit Kharkiv, Kramatorsk, and Sloviansk on Monday.", ["Kharkiv/Place", "Kramatorsk/Place", "Sloviansk/Place"]),
        .init("Shelling hit Kharkiv and Kramatorsk on Monday.", ["Kharkiv/Place", "Kramatorsk/Place"]),
        .init("Kramatorsk said nothing.", [], absent: ["Kramatorsk/Place"]),
        // Hyphens: a short lower-case syllable stays with a given name; a modifier suffix
        // leaves the name before it ("Iran-backed", "Kuala-Lumpur-based").
        .init("South Korean President Lee Jae-myung met Kim Jong-un.", ["Lee Jae-myung/Person", "Kim Jong-un/Person"]),
        .init("Iran-backed Houthi rebels and the Saudi-led coalition met Kuala-Lumpur-based envoys.",
              ["Iran/State", "Houthi/Group", "Saudi/State", "Kuala-Lumpur/Place"]),
        // "the city of X" makes a town a place; a town's own name beats an old name of a
        // bigger one (Pokrovsk, Ukraine, not Engels); "Western officials" is no province.
        .init("Troops advanced near the eastern city of Pokrovsk on Monday.", ["Pokrovsk/Place"]),
        .init("The report came, according to Western officials.", [], absent: ["Western/Place"]),
        .init("UN nuclear chief Rafael Grossi spoke.", ["UN/Group", "Rafael Grossi/Person"]),
        // Groups headed by "Command" or "Nations".
        .init("The United Nations and US Central Command issued statements.", ["United Nations/Group", "US Central Command/Group"]),
        .init("The Egyptian delegation arrived in Cairo on Monday.", ["Egyptian/State", "Cairo/Place"], absent: ["Monday"]),
        .init("Prime Minister Jacinda Ardern visited Christchurch.", ["Jacinda Ardern/Person", "Christchurch/Place"]),
        .init("The militant group Boko Haram attacked a village.", ["Boko Haram/Group"]),
        .init("Troops launched Operation Desert Shield at dawn.", ["Operation Desert Shield/Operation"]),
        .init("The Ministry of Foreign Affairs issued a statement.", ["Ministry of Foreign Affairs/Group"]),
        .init("Aircraft landed at Bagram Airbase late at night.", ["Bagram Airbase/Place"]),
        .init("Clashes were reported in the Kandahar province of Afghanistan.", ["Kandahar/Place", "Afghanistan/State"]),
        .init("Sudan's army chief Abdel Fattah al-Burhan met envoys.", ["Sudan/State", "Abdel Fattah al-Burhan/Person"]),
        .init("According to the statement, Brazil and Argentina agreed to talks.", ["Brazil/State", "Argentina/State"], absent: ["According"]),
        .init("Beijing said the exercise was routine.", ["Beijing/State"]),
        .init("Türkiye and Turkiye and Turkey are one state.", ["Türkiye/State", "Turkiye/State", "Turkey/State"]),
        .init("Advertisement placement is not an entity.", [], absent: ["Advertisement"]),
        .init("Soldiers conducted an operation in North Waziristan on Friday.", ["North Waziristan/Place"]),
        .init("Data from the Conflict Data Project and the Carter Center show a rise.", ["Conflict Data Project/Group", "Carter Center/Group"]),
        .init("Officials from Trinidad and Tobago and Bosnia and Herzegovina met Kenya and Uganda.",
              ["Trinidad and Tobago/State", "Bosnia and Herzegovina/State", "Kenya/State", "Uganda/State"]),
        .init("The Department of Health and Human Services and the Centers for Disease Control and Prevention agreed.",
              ["Department of Health and Human Services/Group", "Centers for Disease Control and Prevention/Group"]),
        // A body's name stops at "and" before a people's name and a lower-case word.
        .init("Tran Van Binh, general secretary of the Communist Party of Vietnam and Vietnamese president, spoke.",
              ["Communist Party of Vietnam/Group", "Vietnamese/State"], absent: ["Communist Party of Vietnam and Vietnamese"]),
        // Named territories from the gazetteer; a one-word region after a verb of taking land.
        .init("Forces raided a camp in the occupied West Bank after Moscow annexed Crimea.", ["West Bank/Place", "Crimea/Place"],
              absent: ["West Bank/Group", "Crimea/Person"]),
        // A name before a lower-case "agency" is a body's; a faith's adjective after "a" before
        // a place head names no place.
        .init("A ship was hit, the UK Maritime Trade Operations agency said. The leaders opened a Hindu temple.",
              ["UK Maritime Trade Operations/Group"], absent: ["Maritime Trade Operations/Person", "Hindu temple"]),
        // An operation's name after a comma and a naming verb.
        .init("The minister said the operation, named Northern Arrows, would go on.", ["Northern Arrows/Operation"], absent: ["Northern Arrows/Person"]),
        // An irregular plural's possessive inside a body's name.
        .init("The People's Liberation Army met the People's Defence Force.",
              ["People's Liberation Army/Group", "People's Defence Force/Group"], absent: ["Liberation Army/Group", "Defence Force/Group"]),
        // A sentence's first word the article writes in lower case is no body before an officer's title.
        .init("The junta said so. Junta spokesman Zaw Min Tun spoke.", ["Zaw Min Tun/Person"], absent: ["Junta"]),
        .init("The White House said the House of Representatives would vote.", ["White House/Group", "House of Representatives/Group"]),
        .init("Philippine coast guard vessels were hit near Second Thomas Shoal.", ["Philippine/State", "Second Thomas Shoal/Place"]),
        .init("Pakistan carried out airstrikes inside Afghanistan's Khost and Paktika provinces.", ["Khost/Place", "Paktika/Place"]),
        .init("The US and the U.S. State Department agreed.", ["US/State", "U.S./State", "U.S. State Department/Group"]),
        .init("Chief of Army Staff General Asim Munir visited the troops.", ["Asim Munir/Person"], absent: ["Army Staff General Asim Munir/Person"]),
        .init("Wang Yi visited Canberra and held talks, and Tehran and Riyadh agreed.", ["Canberra/Place", "Tehran/State"]),
        .init("Ruto also met African Union Commission Chairperson Moussa Faki Mahamat.",
              ["African Union Commission/Group", "Moussa Faki Mahamat/Person"]),
        .init("Confidence in Mary Smith's leadership grew.", ["Mary Smith/Person"], absent: ["Mary Smith/Place"]),
        .init("Foreign Secretary Vikram Misri met officials, Spokesperson MEA said.", ["Vikram Misri/Person"], absent: ["MEA/Person"]),
        // Traps and negatives.
        .init("Coach Mary Smith said the team would win.", ["Mary Smith/Person"], absent: ["Mary/Place"]),
        .init("Police fought hardline Sunni Muslim militants near the border.", [], absent: ["Sunni"]),
        .init("Turkish warplanes struck Kurdish militants in northern Iraq.", ["Iraq/State"], absent: ["Kurdish"]),
        // A compass initial in a headline ("N. Korea"); a body's member ("Nato member Turkey").
        .init("N. Korea fires missile toward S. Korea as S. Jaishankar visits", ["N. Korea/State", "S. Korea/State", "S. Jaishankar/Person"]),
        .init("Nato member Turkey objected.", ["Nato/Group", "Turkey/State"]),
        // A word never written in lower case before a title is the office's body; a people's
        // adjective or a portfolio is not.
        .init("Zelensky met Nato Secretary General Mark Rutte.", ["Nato/Group", "Mark Rutte/Person"]),
        .init("Scottish First Minister John Swinney met Trade Representative Jamieson Greer and Homeland Security Secretary Kristi Noem.",
              ["John Swinney/Person", "Jamieson Greer/Person", "Kristi Noem/Person"], absent: ["Scottish/Group", "Trade/Group", "Homeland/Group"]),
        .init("Israel struck in an operation Prime Minister Benjamin Netanyahu called \"Rising Lion\".",
              ["Benjamin Netanyahu/Person", "Rising Lion/Operation"], absent: ["Rising Lion/Person"]),
        // A word of a person's name the article gave is that person, not a town of that name.
        .init("Abiy Ahmed spoke on Monday. The Lamu Port corridor, Abiy's office said, was key.", ["Abiy Ahmed/Person"], absent: ["Abiy/Place"]),
        .init("On Monday, January 8, the talks resumed.", [], absent: ["Monday", "January"]),
        .init("Fighting echoed the Iran-Iraq war of the 1980s.", ["Iran-Iraq war/Operation"]),
        .init("The strikes, code-named Swift Retort, began at dawn.", ["Swift Retort/Operation"]),
        .init("Ministers of the Gulf states met 🇶🇦 in Doha 🙂.", ["Doha/Place"], absent: ["🇶🇦"]),
        .init("Commander Ahmad bin Salman and Abdel Fattah al-Burhan spoke.", ["Ahmad bin Salman/Person", "Abdel Fattah al-Burhan/Person"]),
        .init("Rebels seized the Swat valley and the Kurram district.", ["Swat valley/Place", "Kurram/Place"]),
        .init("Nigeria's Director-General of the agency, Amina Yusuf, resigned.", ["Nigeria/State", "Amina Yusuf/Person"]),
        .init("Indian Foreign Minister S. Jaishankar arrived.", ["S. Jaishankar/Person"], absent: ["S/Person"]),
        .init("Troops entered the Gaza Strip near the Line of Actual Control.", ["Gaza Strip/Place", "Line of Actual Control/Place"]),
        .init("The army said Operation Shield and Arrow would continue.", ["Operation Shield and Arrow/Operation"]),
        .init("Air strikes hit Hamas targets.", ["Hamas/Group"]),
        // "State House" is the named seat of a presidency (a node, as the guidelines make
        // named bases and buildings nodes), never a person "House" after a title.
        .init("Ruto met religious leaders at State House, and Amnesty International spoke at Kamukunji Grounds.",
              ["State House/Group", "Amnesty International/Group", "Kamukunji Grounds/Place"], absent: ["House/Person"]),
        .init("The envoy visited Mombasa on Wednesday.", ["Mombasa/Place"]),
        // A city's spelling that English news uses, beside GeoNames' transliterations.
        .init("Israeli strikes hit Khan Younis overnight, medics said.", ["Khan Younis/Place"], absent: ["Khan Younis/Person"]),
        .init("The Islamic State group and the Kurdistan Workers' Party (PKK) were named.",
              ["Islamic State/Group", "Kurdistan Workers' Party/Group", "PKK/Group"]),
        // A demonym before "initials" or "name" is a language; a joined particle stays in a name.
        .init("The National Liberation Army, known by its Spanish initials, attacked a base.", ["National Liberation Army/Group"], absent: ["Spanish/State"]),
        .init("Pakistan launched Operation Bunyan-um-Marsoos on Saturday.", ["Operation Bunyan-um-Marsoos/Operation"]),
        // A month's name can end a name; a title's modifiers may come before its state.
        .init("Theresa May said so, and Dong Jun met reporters on June 5.", ["Theresa May/Person", "Dong Jun/Person"]),
        .init("Former British Prime Minister Boris Johnson met reporters.", ["British/State", "Boris Johnson/Person"], absent: ["Former"]),
        .init("Jihadi fighters linked to the Islamic State group killed 20 soldiers.", ["Islamic State/Group"], absent: ["Jihadi"]),
        // "State" after a region's name is a place; a place's head before "of" ends its name
        // unless it is the name's one word ("Strait of Hormuz").
        .init("Troops raided camps in the Sambisa Forest of Borno State and in Kebbi State, while the Islamic State group fled.",
              ["Sambisa Forest/Place", "Borno State/Place", "Kebbi State/Place", "Islamic State/Group"], absent: ["Sambisa Forest of Borno State"]),
        // A gazetteer name with an inner apostrophe is one token of the text, either apostrophe.
        .init("The ministers met in N'Djamena and flew on from N’Djamena.", ["N'Djamena/Place", "N’Djamena/Place"], absent: ["N'Djamena/Person"]),
        // A run that is one listed title is a title, whatever body word ends it; new titles and heads.
        .init("President Bola Tinubu received the Chief of Defence Staff, Gen. Christopher Musa, at the Presidential Villa.",
              ["Bola Tinubu/Person", "Christopher Musa/Person", "Presidential Villa/Place"], absent: ["Chief of Defence Staff"]),
        .init("Azerbaijan's Prosecutor General Kamran Aliyev spoke, the Defence Headquarters said.",
              ["Azerbaijan/State", "Kamran Aliyev/Person", "Defence Headquarters/Group"], absent: ["Prosecutor/Group", "Defence Headquarters/Person"]),
        // Rooms, gardens, castles and named routes are places; a title right before a town's
        // name makes a person of it.
        .init("The leaders shook hands in the East Room, walked to the Rose Garden and later met at Windsor Castle. The corridor will be called the Trump Route.",
              ["East Room/Place", "Rose Garden/Place", "Windsor Castle/Place", "Trump Route/Place"], absent: ["East Room/Person", "Windsor Castle/Person", "Trump Route/Person"]),
        .init("Pope Leo met the president. The Foreign Minister of Iran spoke.", ["Leo/Person", "Iran/State"], absent: ["Leo/Place", "Iran/Person"]),
        // A name under someone's control is a place ("Pakistan-administered Kashmir").
        .init("Jets struck sites in Pakistan-administered Kashmir. Troops patrolled Kashmir.", ["Pakistan/State", "Kashmir/Place"], absent: ["Kashmir/Person", "Pakistan/Person"]),
        // An ordinal inside a clause opens a name; a state after "Title of the" is the state.
        .init("Vessels fired water cannon near Second Thomas Shoal. Veterans of the Second World War met Sheikh Mohamed bin Zayed, President of the UAE.",
              ["Second Thomas Shoal/Place", "Second World War/Operation", "UAE/State"], absent: ["the UAE/Person", "UAE/Person"]),
        // Words that open place names ("Mount", "Qasr", "Deir") make a place of an unknown run.
        .init("Modi was received at Qasr Al Watan. Families fled to Mount Sinjar and Deir Hafer.",
              ["Qasr Al Watan/Place", "Mount Sinjar/Place", "Deir Hafer/Place"], absent: ["Qasr Al Watan/Person", "Deir Hafer/Person"]),
        // A short function word closing a name after two name words is a syllable of it.
        .init("Deputy Prime Minister Tran Van An attended. Officials met Le Van To on Monday.",
              ["Tran Van An/Person", "Le Van To/Person"], absent: ["Tran Van/Person", "Le Van/Person"]),
        // International organisations are known by name and initials (not a short word written
        // otherwise: "Kim Jong Un"); a title keeps its hyphened suffix ("President-elect").
        .init("The UN condemned the strike. NATO leaders met. Kim Jong Un hosted Putin. He called President-elect Donald Trump.",
              ["UN/Group", "NATO/Group", "Kim Jong Un/Person", "Donald Trump/Person"], absent: ["Un/Group", "President-elect Donald Trump/Person"]),
        // A company's chief executive is an officer of it.
        .init("Apple Chief Executive Tim Cook said demand was strong.", ["Apple/Group", "Tim Cook/Person"], absent: ["Executive Tim Cook/Person"]),
        .init("Nepal said the pass is Nepali territory. Azeri troops advanced.", ["Nepali/State", "Azeri/State"], absent: ["Nepali/Place", "Azeri/Person"]),
    ]

    @Test("sentence in, typed mentions out", arguments: cases)
    func recognises(_ c: Case) throws {
        let document = try analyze(c.sentence)
        let found = document.mentions.filter { !$0.tentative }.map { "\($0.surface)/\($0.type.rawValue)" }
        for expected in c.expected { #expect(found.contains(expected), "missing \(expected) in \(found)", sourceLocation: c.sourceLocation) }
        for surface in c.absent {
            // "surface/Type": that typed mention must not be found; a bare surface: no mention contains it.
            let unexpected = surface.contains("/") ? found.contains(surface) : document.mentions.contains { $0.surface.contains(surface) }
            #expect(!unexpected, "unexpected \(surface)", sourceLocation: c.sourceLocation)
        }
    }
}

@Suite("Entity resolution")
struct EntityResolverTests {
    @Test("title, surname, hyphen and handle forms of one person make one node")
    func variantsMerge() throws {
        let graph = try graph([
            "Foreign Minister Ngozi Okonjo-Iweala spoke on Monday. Okonjo-Iweala said trade would grow.",
            "Ngozi Okonjo Iweala met bankers. FM Okonjo-Iweala later wrote on @NgoziOkonjoIweala that talks went well.",
        ])
        let people = graph.entities.filter { $0.type == .person }
        #expect(people.count == 1, "\(people.map(\.name))")
        #expect(people.first?.mentionCount == 5)
    }

    @Test("a place the articles spell otherwise than the gazetteer is named as they write it, still linked to its entry")
    func placeSpelling() throws {
        let written = try graph([
            "WASHINGTON (AP) — Israeli jets struck Hama in central Syria on Monday. Officials in Washington condemned the strikes.",
            "WASHINGTON (AP) — Officials said so on Tuesday.",
        ])
        let places = written.entities.filter { $0.type == .place }
        #expect(places.map(\.name).sorted() == ["Hama", "Washington"], "\(places.map(\.name))")
        #expect(places.allSatisfy { !$0.externalIDs.isEmpty }, "\(places.map(\.externalIDs))")
        // A place the articles write as the gazetteer does keeps its name ("Kyiv" and "KYIV").
        let kyiv = try graph(["KYIV (Reuters) — Russian missiles struck Kyiv on Monday."]).entities.filter { $0.type == .place }
        #expect(kyiv.map(\.name) == ["Kyiv"], "\(kyiv.map(\.name))")
    }

    @Test("a body's initials alone, after its name, are the same entity")
    func initialsOfNamedBody() throws {
        let graph = try graph(["The Rapid Support Forces took the city. The army accused the UAE of arming the RSF. RSF fighters killed civilians."])
        let groups = graph.entities.filter { $0.type == .group }
        #expect(groups.map(\.name) == ["Rapid Support Forces"])
        #expect(groups.first?.mentionCount == 3)
    }

    @Test("a body's initials, dotted or not, alone or before more of its name, are that body")
    func initialsJoinSpeltOutName() throws {
        let joined = try graph([
            "U.N. Secretary-General Antonio Guterres condemned the shelling. The United Nations said its staff were safe.",
            "The U.N. Security Council met on Friday. The UN said aid was needed. The United Nations Security Council (UNSC) will vote.",
        ])
        let groups = joined.entities.filter { $0.type == .group }.sorted { $0.name < $1.name }
        #expect(groups.map(\.name) == ["United Nations", "United Nations Security Council"], "\(groups.map(\.name))")
        #expect(groups.first?.aliases == ["U.N.", "UN"])
        #expect(groups.last?.aliases == ["U.N. Security Council", "UNSC"])
        // Initials that could stand for two bodies of other articles join neither.
        let two = try graph(["The National Guard deployed.", "The Naval Group built ships.", "NG officials spoke."])
        #expect(!two.entities.contains { $0.aliases.contains("NG") })
    }

    @Test("a body two states' articles name alike is one body per state; one state's keeps its name")
    func bodiesOfSeveralStates() throws {
        let several = try graph([
            "Chile's Foreign Ministry spokesman Pablo Soto said talks failed. The Foreign Ministry later called for calm.",
            "The Foreign Ministry said nothing. Peru's Foreign Ministry spokeswoman Ana Ruiz said talks failed.",
            "A Foreign Ministry statement was issued.",
        ])
        let groups = several.entities.filter { $0.type == .group }.sorted { $0.name < $1.name }
        #expect(groups.map(\.name) == ["Chile's Foreign Ministry", "Foreign Ministry", "Peru's Foreign Ministry"], "\(groups.map(\.name))")
        #expect(groups.map(\.mentionCount) == [2, 1, 2])
        let bodies = several.relations.filter { $0.predicate == "partOf" }.map { "\($0.subject.rawValue) \($0.object.rawValue)" }.sorted()
        #expect(bodies == ["group:chile-foreign-ministry state:chile", "group:peru-foreign-ministry state:peru"])
        // One state's: the name as written.
        let one = try graph(["Chile's Foreign Ministry said talks failed.", "The Foreign Ministry said more."])
        #expect(one.entities.filter { $0.type == .group }.map { $0.name } == ["Foreign Ministry"])
    }

    @Test("an acronym in parentheses after a name is the same entity")
    func parentheticalAcronym() throws {
        let graph = try graph(["Turkey struck the Kurdistan Workers' Party (PKK) again. The PKK denied losses."])
        let party = try #require(graph.entities.first { $0.type == .group })
        #expect(party.name == "Kurdistan Workers' Party")
        #expect(party.aliases == ["PKK"])
        #expect(party.mentionCount == 3)
    }

    @Test("an agency's credit after a dateline's one-word place is no acronym of the place")
    func datelineCredit() throws {
        let graph = try graph(["Talks resume\n\nCAIRO (AP) — Egypt hosted talks on Monday. Cairo was calm."])
        let cairo = try #require(graph.entities.first { $0.name == "Cairo" })
        #expect(!cairo.aliases.contains("AP"), "\(cairo.aliases)")
    }

    @Test("a place written only in a dateline's capitals is labelled as a name is written")
    func datelineCapitalsLabel() throws {
        let graph = try graph(["NEW YORK, July 26, 2024 (Reuters) - Shares of Apple rose on Friday."])
        #expect(graph.entities.filter { $0.type == .place }.map(\.name) == ["New York"])
    }

    @Test("an acronym in parentheses is read once, however the name before it was found")
    func parentheticalAcronymOnce() throws {
        for text in ["The Kurdistan Workers Party (PKK) attacked Kirkuk on Monday.", "Fighters of Jamaat Nusrat Islam (JNIM) attacked Kirkuk on Monday."] {
            let document = try analyze(text)
            let acronyms = document.mentions.filter { $0.surface.count == 3 || $0.surface.count == 4 }.filter { $0.surface == $0.surface.uppercased() }
            #expect(acronyms.count == 1, "\(text): \(acronyms.map(\.surface))")
        }
    }

    @Test("a defined acronym used again with a title or a verb is still that entity")
    func definedAcronymReused() throws {
        let graph = try graph([
            "The International Atomic Energy Agency (IAEA) said its team was safe. IAEA Director General Rafael Grossi urged restraint. The IAEA will report.",
        ])
        let groups = graph.entities.filter { $0.type == .group }
        #expect(groups.map(\.name) == ["International Atomic Energy Agency"], "\(groups.map(\.name))")
        #expect(graph.relations.contains { $0.predicate == "officialOf" && $0.object == groups.first?.id })
    }

    @Test("demonyms and country names are one state node")
    func demonyms() throws {
        let graph = try graph(["Kenyan troops crossed the border. Kenya said the operation was over."])
        let states = graph.entities.filter { $0.type == .state }
        #expect(states.map(\.name) == ["Kenya"])
        #expect(states.first?.aliases == ["Kenyan"])
        #expect(states.first?.externalIDs.contains(ExternalID(scheme: .iso3166, value: "KE")) == true)
    }

    @Test("a demonym several countries share stands for the most populous", arguments: [
        ("American warplanes struck the sites.", "United States"),
        ("The Indian navy sailed.", "India"),
        ("The Dominican president spoke.", "Dominican Republic"),
        ("Congolese troops advanced.", "Democratic Republic of the Congo"),
    ])
    func sharedDemonyms(sentence: String, state: String) throws {
        let graph = try graph([sentence])
        #expect(graph.entities.filter { $0.type == .state }.map(\.name) == [state])
    }

    @Test("a lone first name beside the full name in an article is that person; elsewhere it stays apart")
    func firstNames() throws {
        let graph = try graph([
            "ISLAMABAD: PM Shehbaz spoke on Monday. Prime Minister Shehbaz Sharif received a call.",
            "LONDON: Prime Minister Sir Keir Starmer spoke. Sir Keir said the deal was good.",
            "President Ali Khan spoke.",
            "Minister Ali said no.",
        ])
        let people = graph.entities.filter { $0.type == .person }
        // (A title makes a person of a lone name, "Minister Ali", but not the Ali Khan of another article.)
        #expect(people.map(\.name).sorted() == ["Ali", "Ali Khan", "Keir Starmer", "Shehbaz Sharif"], "\(people.map(\.name))")
        // ("Ali" in another article is not Ali Khan.)
        #expect(people.first { $0.name == "Ali Khan" }?.aliases.contains("Ali") == false)
        #expect(people.first { $0.name == "Shehbaz Sharif" }?.aliases.contains("Shehbaz") == true)
    }

    @Test("two people who share a surname in different articles stay apart")
    func namesakes() throws {
        let graph = try graph([
            "President John Smith said the bill would pass.",
            "Coach Mary Smith said her team would win.",
        ])
        let names = graph.entities.filter { $0.type == .person }.map(\.name).sorted()
        #expect(names == ["John Smith", "Mary Smith"])
    }
}
