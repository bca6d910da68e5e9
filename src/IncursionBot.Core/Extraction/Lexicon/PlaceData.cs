namespace IncursionBot.Core.Extraction.Lexicon;

/// <summary>
/// The gazetteer: one line per state and role, <c>place CODE role[=town]: phrase; phrase</c>. Phrases are folded
/// when loaded, so they may be written with diacritics. Members are NATO, EU and Moldova; a few other states are
/// listed so that events there, and origins, are recognised. Ambiguous English words (Nice, Split, Bar) are left out.
/// </summary>
internal static class PlaceData
{
    public const string Lines = """
        place * generic: NATO airspace; allied airspace; alliance airspace; NATO territory; allied territory; EU airspace; European airspace; NATO's airspace; NATO's eastern flank; eastern flank

        place AL name: Albania; Shqipëria
        place AL adj: Albanian; Albanians
        place AL capital: Tirana
        place AL city: Durrës; Kuçova; Vlorë; Shkodër
        place AT name: Austria; Österreich
        place AT adj: Austrian; Austrians
        place AT capital: Vienna; Wien
        place AT city: Graz; Linz; Salzburg; Innsbruck; Klagenfurt
        place AT airport=vienna: Vienna airport; Schwechat
        place BE name: Belgium; België; Belgique; Belgien
        place BE adj: Belgian; Belgians
        place BE capital: Brussels; Bruxelles; Brussel
        place BE city: Antwerp; Antwerpen; Ghent; Charleroi; Liège; Liege; Luik; Namur; Bruges; Leuven; Ostend; Hasselt; Mons
        place BE airport=brussels: Brussels Airport; Zaventem; Brussels-Zaventem
        place BE airport=liege: Liège Airport; Liege Airport; Bierset
        place BE base=kleine brogel: Kleine-Brogel; Kleine Brogel; Klein-Brogel; Klein Brogel; Kleine-Brogel air base
        place BE base: Florennes; Beauvechain; Elsenborn; Marche-en-Famenne; Leopoldsburg; Bourg-Léopold; Chièvres; Melsbroek; Peutie
        place BE region: Flanders; Wallonia; Limburg province
        place BG name: Bulgaria; България
        place BG adj: Bulgarian; Bulgarians
        place BG capital: Sofia
        place BG city: Varna; Burgas; Bourgas; Plovdiv; Ruse; Dobrich; Shabla; Tyulenovo; Tiulenovo; Sozopol; Kavarna
        place BG base: Graf Ignatievo; Bezmer; Novo Selo
        place CA name: Canada
        place CA adj: Canadian; Canadians
        place CA capital: Ottawa
        place CA city: Toronto; Montreal; Vancouver; Calgary; Edmonton; Halifax; Winnipeg
        place CA region: Yukon; Nunavut; Northwest Territories; Alberta; Quebec; Ontario; British Columbia; Labrador; Newfoundland; Nova Scotia
        place HR name: Croatia; Hrvatska
        place HR adj: Croatian; Croatians; Croat; Croats
        place HR capital: Zagreb
        place HR city: Rijeka; Zadar; Osijek; Pula; Dubrovnik
                place CY name: Cyprus; Kypros
        place CY adj: Cypriot; Cypriots
        place CY capital: Nicosia
        place CY city: Larnaca; Limassol; Paphos; Famagusta
        place CY base: Akrotiri; Dhekelia
        place CZ name: Czechia; Czech Republic; Česko; Česká republika
        place CZ adj: Czech; Czechs
        place CZ capital: Prague; Praha
        place CZ city: Brno; Ostrava; Plzeň; Pilsen; Olomouc
        place CZ base: Čáslav; Náměšť; Temelín; Dukovany
        place DK name: Denmark; Danmark
        place DK adj: Danish; Danes
        place DK capital: Copenhagen; København
        place DK city: Aalborg; Aarhus; Odense; Esbjerg; Sønderborg; Billund; Roskilde; Kolding; Vejle; Frederikshavn; Christiansø
        place DK airport=copenhagen: Copenhagen Airport; Kastrup; Copenhagen Kastrup; Copenhagen-Kastrup
        place DK airport=aalborg: Aalborg Airport
        place DK airport=billund: Billund Airport
        place DK base: Skrydstrup; Karup; Flyvestation Aalborg; Vordingborg; Kronprinsens Kaserne
        place DK region: Jutland; Jylland; North Jutland; Zealand; Sjælland; Bornholm; Funen
        place EE name: Estonia; Eesti
        place EE adj: Estonian; Estonians
        place EE capital: Tallinn
        place EE city: Tartu; Narva; Pärnu; Kohtla-Järve; Võru; Tapa; Rakvere; Paldiski; Sillamäe
        place EE base: Ämari; Amari air base; Vaindloo; Vaindloo Island
        place EE region: Saaremaa; Hiiumaa; Ida-Viru; Ida-Virumaa; Peipus; Setomaa
        place FI name: Finland; Suomi
        place FI adj: Finnish; Finns
        place FI capital: Helsinki
        place FI city: Porvoo; Kotka; Turku; Tampere; Oulu; Rovaniemi; Lappeenranta; Kirkkonummi; Upinniemi; Hamina; Joensuu; Kuopio; Imatra; Loviisa
        place FI airport=helsinki: Helsinki-Vantaa; Helsinki Airport; Vantaa
        place FI region: Lapland; Åland; Aland Islands
        place FR name: France; French Republic
        place FR adj: French
        place FR capital: Paris
        place FR city: Lyon; Marseille; Toulouse; Strasbourg; Lille; Bordeaux; Nantes; Rennes; Lorient; Cherbourg; Toulon; Mulhouse; Metz; Nancy
        place FR airport=paris: Charles de Gaulle; Roissy; Orly
        place FR base: Île Longue; Ile Longue; Mourmelon; Saint-Dizier; Istres; Avord; Évreux; Mont-de-Marsan; Creil
        place FR region: Brittany; Bretagne; Normandy; Alsace; Provence; Corsica
        place DE name: Germany; Deutschland; Federal Republic of Germany
        place DE adj: German; Germans
        place DE capital: Berlin
        place DE city: Munich; München; Frankfurt; Hamburg; Hanover; Hannover; Bremen; Kiel; Rostock; Cologne; Köln; Düsseldorf; Stuttgart; Nuremberg; Nürnberg; Leipzig; Dresden; Erding; Heide; Wilhelmshaven; Lübeck; Flensburg; Sanitz
        place DE airport=munich: Munich Airport; Munich airport Franz Josef Strauss; Flughafen München
        place DE airport=berlin: Berlin Brandenburg; BER airport; Berlin Airport; Schönefeld; Tegel
        place DE airport=frankfurt: Frankfurt Airport
        place DE airport=bremen: Bremen Airport
        place DE airport=hanover: Hanover Airport; Hannover Airport
        place DE base: Ramstein; Ramstein Air Base; Spangdahlem; Büchel; Manching; Laage; Nörvenich; Jagel; Wunstorf; Grafenwöhr; Rammstein; Holzdorf; Neuburg
        place DE region: Schleswig-Holstein; Mecklenburg-Vorpommern; Mecklenburg-Western Pomerania; Mecklenburg; Bavaria; Bayern; Brandenburg; Lower Saxony; Niedersachsen; Saxony; Thuringia; Hesse; Rhineland-Palatinate; North Rhine-Westphalia; Kiel Canal
        place GR name: Greece; Hellas; Hellenic Republic; Ellada
        place GR adj: Greek; Greeks; Hellenic
        place GR capital: Athens
        place GR city: Thessaloniki; Larissa; Heraklion; Chania; Patras; Alexandroupolis
        place GR base: Souda Bay; Souda; Tanagra; Andravida
        place GR region: Crete; Rhodes; Lesbos; Evros; Aegean islands; Dodecanese
        place HU name: Hungary; Magyarország
        place HU adj: Hungarian; Hungarians
        place HU capital: Budapest
        place HU city: Debrecen; Szeged; Miskolc; Győr; Pécs; Nyíregyháza; Záhony; Kecskemét; Szolnok
        place IS name: Iceland
        place IS adj: Icelandic; Icelanders
        place IS capital: Reykjavik; Reykjavík
        place IS base: Keflavík; Keflavik
        place IE name: Ireland; Éire; Republic of Ireland
        place IE adj: Irish
        place IE capital: Dublin
        place IE city: Limerick; Galway
        place IT name: Italy; Italia
        place IT adj: Italian; Italians
        place IT capital: Rome; Roma
        place IT city: Milan; Milano; Naples; Napoli; Turin; Torino; Venice; Venezia; Florence; Bologna; Genoa; Palermo; Bari; Trieste
        place IT base: Aviano; Sigonella; Ghedi; Amendola; Gioia del Colle; Trapani; Pratica di Mare; Vicenza
        place IT region: Sicily; Sardinia; Lombardy; Friuli
        place LV name: Latvia; Latvija
        place LV adj: Latvian; Latvians
        place LV capital: Riga; Rīga
        place LV city: Daugavpils; Rēzekne; Rezekne; Liepāja; Jelgava; Ventspils; Jūrmala; Ludza; Krāslava; Gaigalava; Valmiera; Cēsis; Balvi
        place LV base: Lielvārde; Ādaži; Adazi
        place LV region: Latgale; Vidzeme; Kurzeme; Courland
        place LT name: Lithuania; Lietuva
        place LT adj: Lithuanian; Lithuanians
        place LT capital: Vilnius
        place LT city: Kaunas; Klaipėda; Šiauliai; Panevėžys; Alytus; Jonava; Rukla; Druskininkai; Visaginas; Marijampolė; Medininkai; Šumskas; Trakai; Šalčininkai
        place LT airport=vilnius: Vilnius Airport; Vilnius International Airport
        place LT base: Zokniai; Gaižiūnai; Pabradė
        place LT region: Suwałki corridor; Suwalki gap; Suwałki Gap; Dzūkija
        place LU name: Luxembourg; Lëtzebuerg; Luxemburg; Grand Duchy
        place LU adj: Luxembourgish; Luxembourger
        place MT name: Malta
        place MT adj: Maltese
        place MT capital: Valletta
        place MT airport=valletta: Luqa
        place MD name: Moldova; Republic of Moldova; Moldavia
        place MD adj: Moldovan; Moldovans; Moldavian
        place MD capital: Chișinău; Chisinau; Kishinev
        place MD city: Bălți; Balti; Cahul; Ungheni; Soroca; Orhei; Comrat; Ocnița; Ocnita; Edineț; Florești; Râșcani; Riscani; Vulcănești; Cuhureștii de Jos; Borosenii Noi; Firladeni; Pepeni; Sîngerei; Singerei; Cimișlia
        place MD region: Gagauzia; Transnistria
        place ME name: Montenegro; Crna Gora
        place ME adj: Montenegrin
        place ME capital: Podgorica
        place ME city: Tivat; Nikšić
        place NL name: Netherlands; the Netherlands; Holland; Nederland
        place NL adj: Dutch
        place NL capital: Amsterdam; The Hague; Den Haag
        place NL city: Rotterdam; Eindhoven; Utrecht; Groningen; Maastricht; Nijmegen; Den Helder
        place NL airport=amsterdam: Schiphol; Amsterdam Schiphol
        place NL base: Volkel; Leeuwarden; Gilze-Rijen; Woensdrecht; Uden; De Peel; Twenthe
        place NL region: North Brabant; Noord-Brabant; Gelderland; Friesland
        place MK name: North Macedonia; Macedonia
        place MK adj: Macedonian; North Macedonian
        place MK capital: Skopje
        place MK city: Ohrid; Bitola; Kumanovo
        place NO name: Norway; Norge; Noreg
        place NO adj: Norwegian; Norwegians
        place NO capital: Oslo
        place NO city: Bergen; Trondheim; Stavanger; Tromsø; Bodø; Kirkenes; Brønnøysund; Kristiansand; Drammen; Ålesund; Hammerfest; Vardø
        place NO airport=oslo: Gardermoen; Oslo Airport; Oslo-Gardermoen; Oslo Gardermoen; Torp; Rygge
        place NO base: Ørland; Orland; Oerland; Erland; Bardufoss; Evenes; Rygge air station; Akershus Fortress; Haakonsvern; Andøya; Sleipner
        place NO region: Finnmark; Svalbard; Trøndelag; Nordland; Troms
        place PL name: Poland; Polska; Republic of Poland; Rzeczpospolita
        place PL adj: Polish
        place PL capital: Warsaw; Warszawa
        place PL city: Kraków; Krakow; Gdańsk; Gdansk; Gdynia; Wrocław; Poznań; Łódź; Szczecin; Lublin; Rzeszów; Białystok; Suwałki; Przemyśl; Zamość; Hrubieszów; Chełm; Biała Podlaska; Terespol; Olsztyn; Elbląg; Wyryki; Wyryki-Wola; Przewodów; Oserdów; Czosnówka; Wohyń; Olesno; Mniszków; Gońądz; Zaborowo; Bogusze; Tomaszów Lubelski; Krynki; Kuźnica
        place PL airport=warsaw: Chopin airport; Warsaw Chopin; Modlin; Warsaw Modlin
        place PL airport=rzeszow: Jasionka; Rzeszów-Jasionka; Rzeszow-Jasionka; Rzeszów Airport
        place PL airport=lublin: Lublin Airport
        place PL base: Łask; Lask; Krzesiny; Malbork; Mińsk Mazowiecki; Powidz; Redzikowo; Świdwin; Petrobaltic
        place PL region: Podlaskie; Podlasie; Podlaskie Voivodeship; Lubelskie; Lublin Voivodeship; Lublin province; Lublin region; Podkarpackie; Subcarpathia; Masovia; Mazowieckie; Warmia-Masuria; Warmian-Masurian; Pomerania
        place PT name: Portugal
        place PT adj: Portuguese
        place PT capital: Lisbon; Lisboa
        place PT city: Porto; Faro; Braga; Coimbra
        place PT base: Lajes; Beja; Monte Real
        place PT region: Azores; Açores; Madeira; Algarve
        place RO name: Romania; România; Rumania
        place RO adj: Romanian; Romanians
        place RO capital: Bucharest; București
        place RO city: Constanța; Constanta; Galați; Galati; Tulcea; Brăila; Braila; Iași; Iasi; Vaslui; Suceava; Botoșani; Cluj-Napoca; Cluj; Timișoara; Sulina; Periprava; Plauru; Chilia Veche; Nufărul; Isaccea; Grindu; Măcin; Galați county; Mahmudia
        place RO airport=bucharest: Otopeni; Henri Coandă
        place RO base: Mihail Kogălniceanu; Kogalniceanu; Fetești; Fetesti; Borcea; Câmpia Turzii; Deveselu; Cincu
        place RO region: Tulcea County; Constanța County; Dobruja; Dobrogea; Moldavia region; Danube Delta; Vrancea
        place SK name: Slovakia; Slovensko; Slovak Republic
        place SK adj: Slovak; Slovaks; Slovakian
        place SK capital: Bratislava
        place SK city: Košice; Kosice; Prešov; Michalovce; Žilina; Banská Bystrica
        place SK base: Sliač; Sliac; Kuchyňa; Malacky
        place SI name: Slovenia; Slovenija
        place SI adj: Slovenian; Slovene; Slovenes
        place SI capital: Ljubljana
        place SI city: Maribor; Koper; Celje
        place ES name: Spain; España; Espana
        place ES adj: Spanish; Spaniards
        place ES capital: Madrid
        place ES city: Barcelona; Valencia; Seville; Sevilla; Málaga; Bilbao; Zaragoza; Palma
        place ES airport=madrid: Barajas
        place ES base: Rota; Morón; Moron; Torrejón; Torrejon; Albacete
        place ES region: Catalonia; Andalusia; Balearic Islands; Canary Islands; Ceuta; Melilla
        place SE name: Sweden; Sverige
        place SE adj: Swedish; Swedes
        place SE capital: Stockholm
        place SE city: Gothenburg; Göteborg; Malmö; Malmo; Uppsala; Visby; Karlskrona; Luleå; Lulea; Kiruna; Norrköping; Linköping; Karlsborg; Ronneby; Umeå; Helsingborg
        place SE airport=stockholm: Arlanda; Stockholm Arlanda; Bromma
        place SE airport=gothenburg: Landvetter; Gothenburg-Landvetter; Göteborg Landvetter
        place SE base: Såtenäs; Kallax; Forsmark
        place SE region: Gotland; Öland; Scania; Skåne; Norrbotten
        place TR name: Türkiye; Turkiye; Turkey; Republic of Türkiye
        place TR adj: Turkish; Turks
        place TR capital: Ankara
        place TR city: Istanbul; İstanbul; Izmir; İzmir; Trabzon; Samsun; Sinop; Edirne; Kars; Antalya; Zonguldak; Kırklareli; Kocaeli
        place TR base: Incirlik; İncirlik; Kürecik
        place GB name: United Kingdom; UK; Britain; Great Britain; England; Scotland; Wales; Northern Ireland
        place GB adj: British; Briton; Britons; English; Scottish; Welsh
        place GB capital: London
        place GB city: Manchester; Birmingham; Edinburgh; Glasgow; Belfast; Cardiff; Liverpool; Leeds; Bristol; Newcastle; Aberdeen; Inverness
        place GB airport=london: Heathrow; Gatwick; Stansted; Luton
        place GB base: Lakenheath; RAF Lakenheath; Mildenhall; RAF Mildenhall; Feltwell; RAF Feltwell; Lossiemouth; RAF Lossiemouth; Coningsby; Brize Norton; Fairford; Marham; Faslane; Waddington; Northolt; Akrotiri base
        place GB region: Shetland; Orkney; Lincolnshire; Cornwall; Kent; Moray; Outer Hebrides
        place US name: United States; United States of America; USA; US; America; continental United States
        place US adj: American; Americans
        place US capital: Washington
        place US city: New York; Los Angeles; Chicago; Anchorage; San Francisco; Seattle; Boston; Houston; Miami; Honolulu
        place US region: Alaska; Hawaii; California; Texas; Virginia; Florida
        place US base: Joint Base Langley; Elmendorf; Eielson; Wright-Patterson; Langley

        place UA name: Ukraine
        place UA adj: Ukrainian; Ukrainians
        place UA capital: Kyiv; Kiev
        place UA city: Lviv; Kharkiv; Odesa; Odessa; Dnipro; Zaporizhzhia; Izmail; Reni; Chernihiv; Sumy; Poltava; Kremenchuk; Mykolaiv; Kherson; Lutsk; Rivne; Khmelnytskyi; Ternopil; Uzhhorod; Chernivtsi; Kupiansk; Kramatorsk
        place UA region: Volyn; Odesa Oblast; Odessa region; Crimea; Donbas; Donetsk; Luhansk; Zakarpattia; Bukovina
        place RU name: Russia; Russian Federation
        place RU adj: Russian; Russians; Russian-made; Russia-made
        place RU capital: Moscow; Kremlin
        place RU city: Kaliningrad; St Petersburg; Saint Petersburg; Pskov; Bryansk; Belgorod; Kursk; Rostov; Volgograd; Samara; Syzran; Krasnodar; Novorossiysk; Kirishi; Smolensk; Tver; Murmansk; Sevastopol; Engels; Vnukovo; Sheremetyevo; Domodedovo; Zhukovsky
        place RU region: Kaliningrad Oblast; Leningrad region; Tatarstan; Karelia; Kola Peninsula; Krasnodar Krai; Astrakhan
        place BY name: Belarus; Byelorussia; Republic of Belarus
        place BY adj: Belarusian; Belarusians; Belarussian; Byelorussian
        place BY capital: Minsk; Lukashenko
        place BY city: Grodno; Hrodna; Homel; Gomel; Barysaw; Borisov; Vitebsk; Mogilev; Brest region
        place KR name: South Korea; Republic of Korea; Korea
        place KR adj: South Korean; Korean
        place KR capital: Seoul
        place KR city: Gimpo; Incheon; Paju; Wonju; Ganghwa; Busan; Gyeonggi; Hoengseong
        place KP name: North Korea; DPRK
        place KP adj: North Korean
        place KP capital: Pyongyang
        place JP name: Japan
        place JP adj: Japanese
        place JP capital: Tokyo
        place JP region: Hokkaido; Okinawa
        place CN name: China
        place CN adj: Chinese
        place CN capital: Beijing
        place TW name: Taiwan
        place IL name: Israel; Gaza
        place IR name: Iran
        place IR adj: Iranian; Iranian-made; Iranian-designed
        """;
}
