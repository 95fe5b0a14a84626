import type { Locale } from '../locales';

/**
 * The everyday lexicon: the things people buy and the situations they are in, as they name
 * them («сапоги жмут», «шаңсорғыш істемей қалды»), mapped to shared concepts. The same
 * mapping runs on the index and on the query, so «обувь» in a question meets «куртку» in a
 * guide (both are `clothes`), and «не подошла» meets «не подошёл» in a title (`unfit`).
 *
 * - A `situation` is what happened or what the person wants (вернуть, не подошёл, не работает,
 *   қайтару, жарамады, сынды). Situation words decide the ranking: they weigh most.
 * - A `thing` is what was bought (обувь, пылесос, аяқ киім, шаңсорғыш). Thing words count, less:
 *   a thing word keeps its own term too, so a page about that very thing (пуховик) still wins.
 *
 * Words are written in normal spelling (folded before use). A trailing * matches any ending;
 * a phrase of several words («не подошёл», «істемей қалды») matches those words in a row,
 * before stop words are removed, so «не» and «жоқ» can be part of a situation.
 * Every entry is unit-tested (tests/unit/search-lexicon.test.ts); keep entries reviewed.
 */
export type LexiconRole = 'thing' | 'situation';

export interface LexiconEntry {
  /** The shared concept id, Latin, the same across languages: `clothes`, `unfit`, `broken`. */
  concept: string;
  /** What the words are: a thing bought (counts) or a situation (decides). */
  role: LexiconRole;
  /**
   * The law treats this kind of thing apart (Art. 30 p.1: not returnable without a defect):
   * a page whose title names it answers a question about it before the general rule does.
   */
  apart?: true;
  /** Words and phrases as people type them; `*` at the end matches any ending, `*` at the start any beginning. */
  words: string[];
}

export const LEXICON: Record<Locale, LexiconEntry[]> = {
  ru: [
    // Clothes and shoes (куртка/пуховик stay in synonyms.ts) → return-within-14-days, choosing-a-down-jacket.
    {
      concept: 'clothes', role: 'thing',
      words: ['куртк*', 'пуховик*', 'одежд*', 'обув*', 'сапог*', 'сапоги', 'кроссовк*', 'кеды', 'туфл*', 'ботин*', 'сандали*', 'тапк*', 'шлёпанц*',
        'джинс*', 'брюки', 'брюк', 'брюках', 'брюками', 'шорты', 'платье', 'платья', 'платьев', 'юбк*', 'кофт*',
        'свитер*', 'толстовк*', 'худи', 'футболк*', 'рубашк*', 'блузк*', 'костюм*', 'пиджак*', 'жилет*', 'пальто',
        'плащ*', 'ветровк*', 'дублёнк*', 'шуба', 'шубу', 'шубы', 'шубе', 'шубой', 'шапк*', 'шарф*', 'перчатк*',
        'варежк*', 'сумк*', 'рюкзак*'],
    },
    // Underwear and hosiery, non-returnable without a defect (Art. 30 p.1 subp. 2–3) → goods-that-cannot-be-returned.
    {
      concept: 'underwear', role: 'thing', apart: true,
      words: ['бельё', 'белья', 'бельём', 'трусы', 'трусов', 'трусик*', 'бюстгальтер*', 'лифчик*', 'купальник*', 'плавки',
        'плавок', 'майка', 'майку', 'майки', 'маек', 'носки', 'носков', 'носками', 'носок', 'колготк*', 'чулк*',
        'чулочн*'],
    },
    // Goods sold by the metre, non-returnable without a defect (Art. 30 p.1 subp. 5) → goods-that-cannot-be-returned.
    {
      concept: 'fabric', role: 'thing', apart: true,
      words: ['ткан*', 'метраж*', 'тюль', 'штора', 'шторы', 'штору', 'штор', 'занавеск*',
        'ковров*', 'ковролин*', 'линолеум*', 'кабел*', 'провод', 'провода', 'проводов', 'шнур*', 'кружев*',
        'тесьм*', 'клеёнк*', 'трикотаж*'],
    },
    // Mobile phones (Art. 30 p.1 subp. 6) and their accessories → goods-that-cannot-be-returned.
    {
      concept: 'phone', role: 'thing',
      words: ['телефон*', 'смартфон*', 'айфон*', 'iphone*', 'самсунг*', 'samsung*', 'сотовый', 'сотового', 'сотовые',
        'сотовых', 'мобильник*', 'мобильный телефон', 'мобильные телефоны', 'наушник*', 'чехл*', 'чехол', 'зарядк*',
        'зарядн*', 'гаджет*'],
    },
    // Household appliances and electronics → poor-quality-goods-what-to-demand, defective-goods-under-warranty.
    {
      concept: 'appliance', role: 'thing',
      words: ['пылесос*', 'ноутбук*', 'компьютер*', 'планшет*', 'монитор', 'монитора', 'мониторы', 'принтер*', 'холодильник*',
        'морозильн*', 'телевизор*', 'стиральная машин*', 'стиральную машин*', 'стиральной машин*', 'стиральные машин*',
        'стиралк*', 'посудомо*', 'утюг*', 'микроволнов*', 'кондиционер*', 'чайник*', 'электрочайник*', 'фен', 'плита',
        'плиту', 'плиты', 'плите', 'электроплит*', 'духовк*', 'мультиварк*', 'блендер*', 'миксер*', 'кофемашин*',
        'кофеварк*', 'обогревател*', 'водонагревател*', 'бойлер*', 'вытяжк*', 'бытовая техник*', 'бытовую техник*',
        'бытовой техник*', 'электроник*', 'технически сложн*'],
    },
    // Furniture and mattresses → return-within-14-days, poor-quality-goods-what-to-demand.
    {
      concept: 'furniture', role: 'thing',
      words: ['ковёр', 'ковры', 'ковром', 'коврик*', 'мебел*', 'диван*', 'шкаф*', 'кровать', 'кровати', 'кроватью', 'матрас*', 'матрац*', 'стол', 'стола', 'столы',
        'столом', 'столик*', 'стул', 'стула', 'стулья', 'стульев', 'кресл*', 'комод*', 'тумба', 'тумбу', 'тумбы',
        'тумбочк*', 'гарнитур*'],
    },
    // Food by name (продукты/еда are in synonyms.ts) → grocery-home-delivery, bottom-and-far-shelf, weekly-menu-plan.
    {
      concept: 'food', role: 'thing',
      words: ['продукт*', 'еда', 'еду', 'еды', 'продовольствен*', 'хлеб*', 'батон*', 'молок*', 'молочн*', 'кефир*', 'йогурт*', 'творог*', 'творож*', 'сметан*', 'сыр', 'сыра',
        'сыры', 'сыром', 'сырок', 'сырки', 'масло', 'масла', 'мяс*', 'фарш*', 'колбас*', 'сосиск*', 'куриц*', 'курин*',
        'рыба', 'рыбу', 'рыбы', 'рыбой', 'яйц*', 'яиц', 'фрукт*', 'овощ*', 'сахар*', 'мука', 'муку', 'конфет*',
        'шоколад*', 'торт*', 'пельмен*', 'полуфабрикат*', 'заморозк*', 'мороженое', 'консервы', 'консервов',
        'консервн*', 'пища', 'пищу', 'пищи', 'пищев*'],
    },
    // Cosmetics and hygiene goods (not in the Art. 30 list, a frequent excuse) → goods-that-cannot-be-returned.
    {
      concept: 'cosmetics', role: 'thing', apart: true,
      words: ['косметик*', 'косметическ*', 'крем', 'крема', 'кремы', 'кремом', 'тональн*', 'шампун*', 'бальзам*', 'помад*',
        'тушь', 'пудр*', 'лак для ногтей', 'дезодорант*', 'антиперспирант*', 'гель для душа', 'мыло', 'мылом',
        'гигиен*', 'зубная паста', 'зубную пасту', 'зубной пасты', 'зубная щётка', 'зубную щётку', 'краска для волос',
        'краску для волос', 'маска для лица', 'сыворотк*', 'скраб*'],
    },
    // Perfume words that synonyms.ts («духи» group) does not cover → original-or-fake-perfume.
    { concept: 'perfume', role: 'thing', apart: true, words: ['духи', 'духов', 'парфюм*', 'туалетн*', 'духах', 'духам', 'духами', 'флакон*', 'аромат*', 'одеколон*'] },
    // Medical devices and health goods beyond synonyms.ts («лекарство» group) → medical-goods-no-return.
    {
      concept: 'medical', role: 'thing', apart: true,
      words: ['от кашля', 'лекарств*', 'таблетк*', 'аптек*', 'медицинск*', 'медиздели*', 'тонометр*', 'градусник*', 'термометр*', 'глюкометр*', 'ингалятор*', 'небулайзер*', 'витамин*',
        'бад', 'бады', 'мазь', 'мази', 'сироп*', 'капли', 'бинт*', 'шприц*', 'пластыр*', 'очки', 'линз*',
        'слуховой аппарат', 'корсет*', 'бандаж*'],
    },
    // Jewellery → return-within-14-days, poor-quality-goods-what-to-demand.
    {
      concept: 'jewellery', role: 'thing',
      words: ['золот*', 'серебр*', 'кольц*', 'серьги', 'серьгу', 'серёжк*', 'цепочк*', 'браслет*', 'кулон*', 'украшени*',
        'ювелир*', 'бриллиант*'],
    },
    // Children's goods → return-within-14-days, poor-quality-goods-what-to-demand.
    {
      concept: 'kids', role: 'thing',
      words: ['игрушк*', 'игрушечн*', 'коляск*', 'автокресл*', 'кроватк*', 'подгузник*', 'памперс*', 'бутылочк*',
        'погремушк*', 'ходунк*', 'конструктор*', 'детское питание', 'детская смесь', 'детскую смесь', 'детской смеси',
        'школьная форма', 'школьную форму', 'школьной формы'],
    },
    // Vehicles and car parts (the law's only «technically complex» goods) → poor-quality-goods-what-to-demand.
    {
      concept: 'vehicle', role: 'thing',
      words: ['автомобил*', 'авто', 'автозапчаст*', 'запчаст*', 'шина', 'шины', 'шину', 'шин', 'покрышк*', 'колёса', 'колесо',
        'аккумулятор*', 'моторное масло', 'мотоцикл*', 'скутер*', 'велосипед*', 'самокат*', 'лодк*', 'сельхозтехник*',
        'автосалон*'],
    },
    // Building and plumbing materials → poor-quality-goods-what-to-demand (the dripping tap).
    {
      concept: 'building', role: 'thing',
      words: ['стройматериал*', 'строительные материалы', 'цемент*', 'краск*', 'обои', 'обоев', 'обоями', 'плитк*',
        'ламинат*', 'гипсокартон*', 'шпаклёвк*', 'штукатурк*', 'кирпич*', 'сантехник*', 'смесител*', 'кран*', 'унитаз*',
        'раковин*', 'пластиковые окна', 'пластиковое окно', 'натяжной потолок', 'натяжные потолки'],
    },
    // Animals and plants, non-returnable without a defect (Art. 30 p.1 subp. 4) → goods-that-cannot-be-returned.
    {
      concept: 'animals-plants', role: 'thing', apart: true,
      words: ['животн*', 'питом*', 'котён*', 'кошк*', 'кот', 'кота', 'щен*', 'собак*', 'попугай*', 'хомяк*', 'рыбк*', 'рыбок',
        'аквариум*', 'черепах*', 'растени*', 'цветок', 'цветка', 'цветы', 'цветочн*', 'рассада', 'рассаду', 'рассады',
        'саженц*', 'семена'],
    },

    // Fits badly or simply not wanted (no defect) → return-within-14-days, choosing-a-down-jacket.
    {
      concept: 'unfit', role: 'situation',
      words: ['не нужен', 'не нужна', 'не нужно', 'не подош*', 'не подход*', 'не подойд*', 'не тот размер', 'не того размера', 'не по размеру', 'размер не тот',
        'не тот цвет', 'не того цвета', 'цвет не тот', 'не та модель', 'не по фигуре', 'жмут', 'жмёт', 'натирают',
        'натирает', 'тесные', 'тесный', 'тесная', 'тесноват*', 'малы', 'мала', 'мал', 'маловат*', 'маломер*',
        'слишком маленьк*', 'велика', 'велики', 'великоват*', 'большемер*', 'слишком больш*', 'не налез*', 'не налазит',
        'не влез*', 'не села', 'не сели', 'плохо сидит', 'сидит плохо', 'не понравил*', 'не нравится', 'не нравятся',
        'разонравил*', 'передумал*', 'раздумал*', 'не понадобил*', 'не пригодил*'],
    },
    // Defect or breakage (product of improper quality, Art. 30) → poor-quality-goods-what-to-demand, defective-goods-under-warranty.
    {
      concept: 'defect', role: 'situation',
      words: ['битый', 'битая', 'битое', 'битые', 'раскол*', 'лопнул*', 'сгорел*', 'перегорел*', 'выцвел*', 'линя*', 'катышк*', 'вздул*', 'погнул*', 'деформир*', 'сел аккумулятор', 'аккумулятор сел', 'не держит заряд', 'порвет*', 'треснут*', 'перестал*', 'не *ет', 'не *ит', 'не *ют', 'не *ат', 'не *ят', 'брак', 'брака', 'браку', 'браком', 'браке', 'браки', 'браков', 'бракован*', 'браковк*', 'забраковал*',
        'некачествен*', 'дефект*', 'сломал*', 'сломан*', 'неисправ*', 'недостаток', 'недостатк*', 'ненадлежащ*',
        'не работает', 'не работают', 'перестал работать', 'перестала работать', 'перестало работать',
        'перестали работать', 'не включается', 'не включаются', 'не включил*', 'не заряжа*', 'не греет', 'не морозит',
        'не холодит', 'глючит', 'зависает', 'виснет', 'барахлит', 'треснул*', 'трещин*', 'порвал*', 'порван*',
        'разошёлся', 'разошлась', 'распорол*', 'дырк*', 'протека*', 'течёт', 'облез*', 'облупил*', 'полинял*', 'линяет',
        'развалил*', 'разваливает*', 'отвалил*', 'отклеил*', 'разбил*', 'разбит*', 'поцарапан*', 'царапин*', 'ржав*'],
    },
    // Goods that cannot be returned (Art. 30 p.1 list) → goods-that-cannot-be-returned, infographics/non-returnable-goods, medical-goods-no-return.
    { concept: 'non-returnable', role: 'situation', words: ['нельзя вернуть', 'вернуть нельзя', 'нельзя сдать', 'нельзя обменять', 'не подлежит возврату', 'не подлежат возврату', 'возврату не подлежит', 'возврату не подлежат', 'не подлежащ*', 'невозвратн*'] },
    // A thing in order, without a defect (the 14-day rule is for these) → return-within-14-days, goods-that-cannot-be-returned.
    { concept: 'no-defect', role: 'situation', words: ['без брака', 'без дефектов', 'надлежащего качества', 'надлежащее качество', 'качественный'] },
    // What the seller must say about a product: what it is made of, the label's language → videos/product-information, infographics/product-label, infographics/seller-duties.
    { concept: 'product-info', role: 'situation', words: ['состав', 'составе', 'из чего', 'сделан из', 'сделано из', 'маркировк*', 'на казахском', 'на русском', 'информаци* о товаре', 'страна производ*', 'производител*'] },
    // Asking for a tool that does it for you (a builder, a programme, online) → claim, can-i-return.
    { concept: 'tool', role: 'situation', words: ['конструктор претензи*', 'генератор*', 'программ*', 'приложени*', 'автоматическ*', 'претензию онлайн', 'претензия онлайн', 'онлайн претензи*', 'заполнить онлайн', 'составить онлайн', 'написать онлайн', 'проверить онлайн', 'онлайн проверк*', 'тест'] },
    // The seller took the thing for a quality check (expertise) → defective-goods-under-warranty, poor-quality-goods-what-to-demand.
    { concept: 'quality-check', role: 'situation', words: ['экспертиз*', 'на проверку', 'проверку качества', 'проверка качества', 'проверки качества', 'забрали на проверку', 'отправили на проверку'] },
    // Give the goods back and get the money (Art. 30) → return-within-14-days, goods-that-cannot-be-returned.
    {
      concept: 'return', role: 'situation',
      words: ['не возвращ*', 'обратно', 'назад', 'примут назад', 'примут обратно', 'принять обратно', 'забрать обратно', 'возврат*', 'возвратить', 'вернуть', 'верну', 'вернёт', 'вернёте', 'вернёшь', 'вернул', 'вернула', 'вернули',
        'верните', 'возвращ*', 'сдать', 'сдат*', 'сдал*', 'сдам', 'отдать обратно', 'деньги назад', 'деньги обратно',
        'отказаться от покупки', 'отказаться от товара', 'отказаться от заказа', 'отказаться от договора'],
    },
    // Exchange or replacement → return-within-14-days, defective-goods-under-warranty.
    { concept: 'exchange', role: 'situation', words: ['менять', 'меняют', 'меняет', 'обмен*', 'обменя*', 'поменя*', 'поменять', 'заменить', 'замен*'] },
    // Charged more than the tag or rung up twice (цена/дороже/обсчитали are in synonyms.ts) → price-at-till-higher-than-tag.
    {
      concept: 'overcharged', role: 'situation',
      words: ['пробили', 'пробил', 'пробила', 'пробивают', 'пробивает', 'пробили дважды', 'списали дважды', 'дважды списал*',
        'двойное списание', 'взяли лишн*', 'списали лишн*', 'кассир ошиб*', 'ошибся кассир', 'ошиблась кассир',
        'завысил*', 'завышен*', 'накрутил*', 'наценк*', 'переплач*', 'разниц*'],
    },
    // Shop takes no card, only cash (карта/терминал are in synonyms.ts) → card-payment-refused.
    {
      concept: 'card-refused', role: 'situation',
      words: ['наличн*', 'наличк*', 'налом', 'только нал', 'кэш', 'отказ в оплат*', 'оплата не прош*', 'оплата не проход*',
        'не прошла оплата', 'не проходит оплата', 'переведите', 'перевод на'],
    },
    // No receipt: not given, lost or faded (the word «чек» itself is in synonyms.ts) → keep-your-receipt, documents-for-a-complaint.
    {
      concept: 'no-receipt', role: 'situation',
      words: ['не дали чек*', 'чек не дали', 'не выдали чек*', 'чек не выдали', 'не пробили чек*', 'без чека', 'без чеков',
        'нет чека', 'чека нет', 'потерял чек*', 'потеряла чек*', 'потеряли чек*', 'чек потерял*', 'выбросил чек*',
        'выбросила чек*', 'выкинул чек*', 'выкинула чек*', 'чек выцвел*', 'чек стёрся', 'чек выгорел'],
    },
    // Expired or spoiled food → bottom-and-far-shelf, grocery-home-delivery.
    {
      concept: 'expired', role: 'situation',
      words: ['воняет', 'вонь', 'вонюч*', 'неприятный запах', 'тухлый запах', 'пахнет тухл*', 'просроч*', 'годност*', 'истёк срок', 'срок истёк', 'испорчен*', 'испортил*', 'тухл*', 'протух*', 'прокис*',
        'скисл*', 'плесен*', 'заплесневел*', 'гнил*', 'червив*', 'несвеж*', 'не свеж*', 'растаял*', 'разморозил*',
        'вздут*', 'вздулась'],
    },
    // Fake or replica (подделка/поддельный/фейк/палёнка are in synonyms.ts) → original-or-fake-perfume.
    {
      concept: 'fake', role: 'situation',
      words: ['подделк*', 'поддельн*', 'фейк*', 'палёнк*', 'паль', 'паленый', 'паленая', 'паленое', 'паленые', 'паленую', 'паленого', 'подделан*', 'реплик*', 'люкс копи*',
        'копия люкс', 'контрафакт*', 'неоригинал*', 'не оригинал*', 'фальсифик*', 'фальшив*'],
    },
    // Order not delivered, late or the wrong item sent → safe-online-shopping, instagram-shops-and-marketplaces.
    {
      concept: 'not-delivered', role: 'situation',
      words: ['позже обещанного', 'позже срока', 'опоздал*', 'задержал*', 'с опозданием', 'заказ не приш*', 'не пришёл заказ', 'товар не приш*', 'не пришёл товар', 'не доставил*', 'не доставлен*',
        'не доставля*', 'недоставк*', 'не привезли', 'не привёз', 'не довезли', 'курьер не приш*', 'курьер не приех*',
        'не получил заказ', 'не получила заказ', 'не получили заказ', 'задержк*', 'задерживают', 'не в срок',
        'прислали не то', 'привезли не то', 'пришло не то', 'пришёл не тот', 'прислали другой', 'привезли другой'],
    },
    // Cheated or scammed, seller vanished or blocked the buyer → safe-online-shopping, instagram-shops-and-marketplaces.
    {
      concept: 'fraud', role: 'situation',
      words: ['обман*', 'мошенни*', 'аферист*', 'лохотрон*', 'кинули', 'развели на деньги', 'заблокирова*', 'продавец пропал',
        'пропал продавец', 'предоплат*', 'фишинг*'],
    },
    // Seller refuses, ignores or makes excuses → how-to-write-a-claim, goods-that-cannot-be-returned.
    {
      concept: 'refused', role: 'situation',
      words: ['не отвечал*', 'не выходит на связь', 'отказ', 'отказа', 'отказал*', 'отказыва*', 'не хочет', 'не хотят', 'не захотел*', 'не принима*', 'не согласен',
        'не согласна', 'не соглаша*', 'не отвечает', 'не отвечают', 'не ответил*', 'игнорир*', 'отговорк*',
        'не подлеж*', 'нахамил*', 'хамят', 'хамит'],
    },
    // Short weight at the market or shop → price-difference-shop-or-market.
    {
      concept: 'underweight', role: 'situation',
      words: ['обвес', 'обвесил*', 'обвеш*', 'недовес*', 'недолив*', 'взвесил*', 'взвесить', 'взвесьте', 'взвешива*',
        'перевесил*', 'перевесьте', 'перевешива*', 'весы', 'весов', 'веса', 'весу', 'весе'],
    },
    // Poisoned or hurt by the goods → moral-harm-compensation, grocery-home-delivery.
    {
      concept: 'poisoned', role: 'situation',
      words: ['раздражени*', 'опух*', 'отек*', 'сыпь', 'сыпью', 'покраснел*', 'чешется', 'зуд', 'отравил*', 'отравлен*', 'траванул*', 'аллерги*', 'ожог*', 'обжёг*', 'травм*', 'вред здоровью', 'пострадал*'],
    },
    // Asks where to get help (юрист/консультация are in synonyms.ts) → flyers/free-legal-help, documents-for-a-complaint.
    {
      concept: 'want-lawyer', role: 'situation',
      words: ['куда обратиться', 'куда обращаться', 'куда идти', 'куда пойти', 'помогите', 'нужна помощь', 'правовая помощь',
        'юрпомощь', 'проконсультир*'],
    },
    // Putting the claim in writing (претензия is in synonyms.ts) → how-to-write-a-claim.
    {
      concept: 'write-claim', role: 'situation',
      words: ['образец', 'образцы', 'образца', 'шаблон*', 'бланк*', 'заявлени*', 'письмо', 'письма', 'письмом', 'письме',
        'составить', 'составлю'],
    },
    // Complaining to the authorities (жалоба is in synonyms.ts) → documents-for-a-complaint, infographics/three-stage-complaint.
    {
      concept: 'complain', role: 'situation',
      words: ['eotinish', 'e-otinish', 'департамент*', 'комитет*', '1414', 'горячая линия', 'горячую линию', 'акимат*'],
    },
    // Going to court → moral-harm-compensation, documents-for-a-complaint.
    {
      concept: 'court', role: 'situation',
      words: ['суд', 'суда', 'суде', 'суду', 'судом', 'судиться', 'судебн*', 'отсудить', 'засудить', 'иск', 'иска', 'иске',
        'иском', 'исково*'],
    },
    // Repair and badly done work or services → poor-quality-goods-what-to-demand, defective-goods-under-warranty.
    {
      concept: 'repair', role: 'situation',
      words: ['ремонт*', 'отремонтир*', 'починить', 'починил*', 'починк*', 'сервисн*', 'сервис', 'мастер', 'мастера',
        'мастеру', 'химчистк*', 'ателье'],
    },
    // Tags, seals, box and packaging; worn or opened → return-within-14-days.
    {
      concept: 'packaging', role: 'situation',
      words: ['срезал*', 'отрезал*', 'оторвал*', 'бирк*', 'ярлык*', 'этикетк*', 'пломба', 'пломбы', 'пломбу', 'пломбой', 'пломбами', 'пломбиров*', 'упаковк*',
        'упакован*', 'распаков*', 'вскрыт*', 'коробк*', 'товарный вид', 'товарного вида', 'пользовался', 'пользовалась',
        'носил', 'носила', 'носили', 'надевал*'],
    },
  ],
  kk: [
    // Clothes and shoes (күрте/пуховик stay in synonyms.ts) → return-within-14-days, choosing-a-down-jacket.
    {
      concept: 'clothes', role: 'thing',
      words: ['күрте*', 'пуховик*', 'мамық*', 'киім*', 'аяқ киім*', 'бас киім*', 'етік', 'етікті', 'етікпен', 'етігі*', 'етіктер*', 'кроссовка*', 'кроссовк*',
        'кеды', 'туфли*', 'туфля*', 'тәпішке*', 'сандали*', 'шалбар*', 'джинс*', 'көйлек*', 'жейде*', 'белдемше*',
        'юбка*', 'кофта*', 'свитер*', 'футболка*', 'костюм*', 'пиджак*', 'пальто*', 'тон', 'тонды', 'тоны', 'тонын',
        'тонға', 'тонның', 'тондар*', 'қолғап*', 'орамал*', 'шапка', 'сөмке*', 'сумка', 'сумканы', 'сумкам', 'сумкасы*'],
    },
    // Underwear and hosiery, non-returnable without a defect (Art. 30 p.1 subp. 2–3) → goods-that-cannot-be-returned.
    {
      concept: 'underwear', role: 'thing', apart: true,
      words: ['іш киім*', 'ішкиім*', 'шұлық*', 'ұйық', 'колготк*', 'трусы*', 'дамбал*', 'кеудеше*', 'бюстгальтер*', 'лифчик*',
        'купальник*', 'жүзу киімі*'],
    },
    // Goods sold by the metre, non-returnable without a defect (Art. 30 p.1 subp. 5) → goods-that-cannot-be-returned.
    {
      concept: 'fabric', role: 'thing', apart: true,
      words: ['мата', 'матаны', 'матаның', 'матаға', 'матадан', 'матамен', 'матасы*', 'маталар*', 'метрлеп*', 'тюль',
        'перде*', 'линолеум*', 'кабель*', 'сым', 'сымы', 'сымды', 'сымдар*', 'бау', 'баулар*', 'таспа*',
        'шілтер*', 'клеенка*', 'тоқыма*'],
    },
    // Mobile phones (Art. 30 p.1 subp. 6) and their accessories → goods-that-cannot-be-returned.
    {
      concept: 'phone', role: 'thing',
      words: ['телефон*', 'ұялы телефон*', 'смартфон*', 'айфон*', 'iphone*', 'самсунг*', 'samsung*', 'құлаққап*', 'наушник*',
        'чехол*', 'зарядтағыш*', 'зарядка*', 'гаджет*'],
    },
    // Household appliances and electronics → poor-quality-goods-what-to-demand, defective-goods-under-warranty.
    {
      concept: 'appliance', role: 'thing',
      words: ['шаңсорғыш*', 'пылесос*', 'ноутбук*', 'компьютер*', 'планшет*', 'тоңазытқыш*', 'холодильник*', 'теледидар*',
        'телевизор*', 'кір жуғыш*', 'стиральная машин*', 'стиралка*', 'үтік*', 'микротолқынды*', 'микроволновка*',
        'кондиционер*', 'шәйнек*', 'шаш кептіргіш*', 'фен', 'пеш', 'пеші', 'пешті', 'плита*', 'мультиварка*',
        'блендер*', 'жылытқыш*', 'тұрмыстық техника*', 'техникалық күрделі*', 'электроника*'],
    },
    // Furniture and mattresses → return-within-14-days, poor-quality-goods-what-to-demand.
    {
      concept: 'furniture', role: 'thing',
      words: ['кілем*', 'жиһаз*', 'мебель*', 'диван*', 'шкаф*', 'кереует*', 'төсек*', 'матрас*', 'үстел', 'үстелі', 'үстелді',
        'үстелдер*', 'орындық*', 'кресло*', 'комод*', 'тумба*'],
    },
    // Food by name (азық-түлік/тамақ/өнім are in synonyms.ts) → grocery-home-delivery, bottom-and-far-shelf, weekly-menu-plan.
    {
      concept: 'food', role: 'thing',
      words: ['қоспа*', 'балық*', 'азық-түлік*', 'азық*', 'тамақ*', 'өнім*', 'тағам*', 'нан', 'нанды', 'нанның', 'нанға', 'тоқаш*', 'сүт', 'сүті', 'сүтті', 'сүтін', 'сүттің', 'сүттен',
        'сүтке', 'айран*', 'қымыз*', 'шұбат*', 'кефир*', 'йогурт*', 'ірімшік*', 'қаймақ*', 'май', 'сары май*', 'ет',
        'еті', 'еттің', 'еттен', 'шұжық*', 'қазы', 'фарш*', 'тауық*', 'балық', 'балықты', 'жұмыртқа*', 'жеміс*',
        'көкөніс*', 'қант', 'қанты', 'кәмпит*', 'шоколад*', 'тұшпара*', 'балмұздақ*', 'мұздатылған*', 'консерва',
        'консервалар*', 'консервілер*', 'консервіленген*'],
    },
    // Cosmetics and hygiene goods (not in the Art. 30 list, a frequent excuse) → goods-that-cannot-be-returned.
    {
      concept: 'cosmetics', role: 'thing', apart: true,
      words: ['косметика*', 'крем', 'кремі*', 'кремді', 'сусабын*', 'шампунь*', 'бальзам*', 'далап', 'ерін далабы*',
        'далабы*', 'тушь', 'тырнақ лагы*', 'дезодорант*', 'сабын*', 'тіс пастасы*', 'тіс щеткасы*', 'гигиена*',
        'шаш бояуы*', 'бет маскасы*'],
    },
    // Perfume words that synonyms.ts («әтір» group) does not cover → original-or-fake-perfume.
    { concept: 'perfume', role: 'thing', apart: true, words: ['әтір*', 'иіссу*', 'парфюм*', 'иіс су*', 'хош иіс*', 'флакон*', 'аромат*', 'одеколон*'] },
    // Medical devices and health goods beyond synonyms.ts («дәрі» group) → medical-goods-no-return.
    {
      concept: 'medical', role: 'thing', apart: true,
      words: ['жөтел*', 'дәрі*', 'дәріхана*', 'медициналық*', 'тонометр*', 'термометр*', 'градусник*', 'глюкометр*', 'ингалятор*', 'витамин*', 'жақпа май*', 'сироп*',
        'тамшы*', 'таңғыш*', 'бинт*', 'шприц*', 'көзілдірік*', 'линза*', 'есту аппараты*'],
    },
    // Jewellery → return-within-14-days, poor-quality-goods-what-to-demand.
    {
      concept: 'jewellery', role: 'thing',
      words: ['алтын', 'алтынды', 'алтыннан', 'алтын бұйым*', 'алтын әшекей*', 'күміс*', 'жүзік*', 'сырға', 'сырғаны',
        'сырғасы*', 'сырғалар*', 'білезік*', 'шынжыр*', 'кулон*', 'әшекей*', 'зергер*', 'бриллиант*'],
    },
    // Children's goods → return-within-14-days, poor-quality-goods-what-to-demand.
    {
      concept: 'kids', role: 'thing',
      words: ['ойыншық*', 'бала арба*', 'балалар арба*', 'бесік арба*', 'бесік*', 'коляска*', 'автокресло*', 'жөргек*',
        'памперс*', 'балалар тамағы*', 'балалар қоспасы*', 'мектеп формасы*', 'мектеп киімі*'],
    },
    // Vehicles and car parts (the law's only «technically complex» goods) → poor-quality-goods-what-to-demand.
    {
      concept: 'vehicle', role: 'thing',
      words: ['көлік*', 'көлігі*', 'автокөлік*', 'автомобиль*', 'қосалқы бөлшек*', 'запчаст*', 'шина*', 'аккумулятор*',
        'мотоцикл*', 'велосипед*', 'самокат*', 'қайық*', 'ауыл шаруашылығы техника*', 'автосалон*'],
    },
    // Building and plumbing materials → poor-quality-goods-what-to-demand (the leaking tap).
    {
      concept: 'building', role: 'thing',
      words: ['құрылыс материал*', 'цемент*', 'бояу', 'бояуды', 'бояулар*', 'тұсқағаз*', 'обои', 'плитка*', 'ламинат*',
        'кірпіш*', 'гипсокартон*', 'сантехника*', 'смеситель*', 'кран*', 'унитаз*', 'раковина*', 'пластик терезе*'],
    },
    // Animals and plants, non-returnable without a defect (Art. 30 p.1 subp. 4) → goods-that-cannot-be-returned.
    {
      concept: 'animals-plants', role: 'thing', apart: true,
      words: ['жануар*', 'мысық*', 'күшік*', 'тотықұс*', 'аквариум*', 'өсімдік*', 'гүл', 'гүлі', 'гүлді', 'гүлдер*', 'көшет*',
        'тұқым', 'тұқымы', 'тұқымды'],
    },

    // Fits badly or simply not wanted (no defect) → return-within-14-days, choosing-a-down-jacket.
    {
      concept: 'unfit', role: 'situation',
      words: ['кішкентай болып*', 'кіші болып*', 'үлкен болып*', 'кең болып*', 'сай келмеді', 'шақ келмеді', 'керек болмай қалды', 'керек емес болып қалды', 'қажет болмай қалды', 'керегі жоқ', 'жарамай қал*', 'жарамады', 'жарамай*', 'жарамаса', 'жараспады', 'жараспай*', 'өлшемі келмеді', 'өлшемім келмеді',
        'размері келмеді', 'размер келмеді', 'өлшемі сай келмеді', 'өлшемі сәйкес келмеді', 'өлшемі кіші*',
        'өлшемі үлкен*', 'тар', 'тар екен*', 'тар болды', 'тар болып*', 'тарлау', 'қысып тұр', 'қысады',
        'кішкентай екен', 'кішкене екен', 'кіші екен', 'кішірек*', 'үлкен екен*', 'үлкен болды', 'үлкендеу', 'ұнамады',
        'ұнамай*', 'ұнамаса', 'ұнамаған*', 'ұнатпа*', 'жақпады', 'жақпай*', 'ойымнан айн*', 'ойыңыздан айн*',
        'райымнан қайт*', 'райыңыздан қайт*', 'керек болмай*'],
    },
    // Defect or breakage (тауардың кемшілігі, Art. 30) → poor-quality-goods-what-to-demand, defective-goods-under-warranty.
    {
      concept: 'defect', role: 'situation',
      words: ['сын* қал*', 'сын* кет*', 'сын* тұр', 'сын* жатыр', 'бұзыл* қал*', 'бұзыл* кет*', 'бұзыл* тұр', 'бұзыл* жатыр', 'жыртыл* қал*', 'жыртыл* кет*', 'жыртыл* тұр', 'жыртыл* жатыр', 'ажыра* қал*', 'ажыра* кет*', 'ажыра* тұр', 'ажыра* жатыр', 'сөгіл* қал*', 'сөгіл* кет*', 'сөгіл* тұр', 'сөгіл* жатыр', 'жарыл* қал*', 'жарыл* кет*', 'жарыл* тұр', 'жарыл* жатыр', 'майыс* қал*', 'майыс* кет*', 'майыс* тұр', 'майыс* жатыр', 'тоқта* қал*', 'тоқта* кет*', 'тоқта* тұр', 'тоқта* жатыр', 'өш* қал*', 'өш* кет*', 'өш* тұр', 'өш* жатыр', 'отыр* қал*', 'отыр* кет*', 'отыр* тұр', 'отыр* жатыр', 'ағ* қал*', 'ағ* кет*', 'ағ* тұр', 'ағ* жатыр', 'түс* қал*', 'түс* кет*', 'түс* тұр', 'түс* жатыр', 'үзіл* қал*', 'үзіл* кет*', 'үзіл* тұр', 'үзіл* жатыр', 'шешіл* қал*', 'шешіл* кет*', 'шешіл* тұр', 'шешіл* жатыр', 'жабыспай* қал*', 'жабыспай* кет*', 'жабыспай* тұр', 'жабыспай* жатыр', 'ұстамай* қал*', 'ұстамай* кет*', 'ұстамай* тұр', 'ұстамай* жатыр', '*май тұр', '*мей тұр', '*пай тұр', '*пей тұр', '*бай тұр', '*бей тұр', 'қосылмайды', 'зарядталмайды', 'суытпайды', 'жылытпайды', '*май қалды', '*мей қалды', '*пай қалды', '*пей қалды', '*бай қалды', '*бей қалды', 'ажырап*', 'ажырады', 'жыртылып*', 'жыртылды', 'сөгіліп*', 'сөгілді', 'кемшілі*', 'ақау*', 'сапасыз*', 'брак', 'бракты', 'бракпен', 'брактан', 'сапасы нашар*', 'сапасы тиісті емес',
        'бұзылып*', 'бұзылды', 'бұзық*', 'сынған*', 'сынып қалды', 'сынып қалған*', 'сынып қалса', 'сынып кетті',
        'сынып тұр', 'сынды', 'сынық*', 'істемей қалды', 'істемейді', 'жұмыс істемейді', 'істемей*', 'жанбайды',
        'жанбай*', 'қосылмай*', 'зарядталмай*', 'жыртыл*', 'жыртық*', 'тесік*', 'сөгіл*', 'жарылып*', 'жарылды',
        'сызат*', 'ағып тұр', 'ағып жатыр', 'бояуы кетті', 'бояуы түсті', 'бояуы өшті', 'оңып*', 'бүлінген*',
        'бүлініп*', 'зақымдалған*', 'тот басқан*'],
    },
    // Goods that cannot be returned (Art. 30 p.1 list) → goods-that-cannot-be-returned, infographics/non-returnable-goods, medical-goods-no-return.
    { concept: 'non-returnable', role: 'situation', words: ['қайтарылмайтын*', 'қайтарылмайды', 'қайтаруға болмайды', 'қайтаруға болмайтын*', 'айырбастауға болмайды', 'айырбастауға болмайтын*', 'қайтаруға жатпайды', 'қайтаруға жатпайтын*', 'айырбасталмайтын*', 'қайтаруға келмейтін*'] },
    // A thing in order, without a defect (the 14-day rule is for these) → return-within-14-days, goods-that-cannot-be-returned.
    { concept: 'no-defect', role: 'situation', words: ['кемшілігі жоқ', 'кемшілік жоқ', 'ақауы жоқ', 'ақаусыз', 'тиісті сападағы', 'сапалы'] },
    // What the seller must say about a product: what it is made of, the label's language → videos/product-information, infographics/product-label, infographics/seller-duties.
    { concept: 'product-info', role: 'situation', words: ['құрамы*', 'құрамын*', 'неден жасалған*', 'неден тігілген*', 'таңбала*', 'қазақ тілінде', 'орыс тілінде', 'тауар туралы ақпарат*', 'шығарылған елі*', 'дайындаушы*', 'өндіруші*'] },
    // Asking for a tool that does it for you (a builder, a programme, online) → claim, can-i-return.
    { concept: 'tool', role: 'situation', words: ['құрастырғыш*', 'наразылық конструктор*', 'генератор*', 'бағдарлама*', 'қосымша арқылы', 'автоматты*', 'жазып беретін*', 'жазып береді', 'құрастырып беретін*', 'онлайн толтыр*', 'онлайн жаз*', 'онлайн наразылық*', 'наразылық онлайн', 'онлайн тексер*', 'тест'] },
    // The seller took the thing for a quality check (expertise) → defective-goods-under-warranty, poor-quality-goods-what-to-demand.
    { concept: 'quality-check', role: 'situation', words: ['сараптама*', 'тексеруге алды', 'тексеруге алып*', 'тексеруге жіберді', 'сапасын тексеру*', 'сапасын тексер*'] },
    // Give the goods back and get the money (Art. 30) → return-within-14-days, goods-that-cannot-be-returned.
    { concept: 'return', role: 'situation', words: ['қайтармай тұр', 'қайтармай жатыр', 'қайтармай отыр', 'қайтармай жүр', 'кері', 'қайтар*', 'қайтып*', 'өткізу', 'өткізіп*', 'өткізгім*', 'кері өткіз*', 'кері тапсыр*', 'возврат*'] },
    // Exchange or replacement → return-within-14-days, defective-goods-under-warranty.
    { concept: 'exchange', role: 'situation', words: ['айырбаст*', 'ауыстыр*', 'алмастыр*', 'обмен*'] },
    // Charged more than the tag or twice (баға/қымбат/артық ақша are in synonyms.ts) → price-at-till-higher-than-tag.
    {
      concept: 'overcharged', role: 'situation',
      words: ['артық есепте*', 'артық алды', 'артық алған*', 'артық ұрды', 'артық санады', 'артық төле*', 'екі рет есептеді',
        'екі рет ұрды', 'екі рет шешті', 'кассир қателес*', 'айырма*', 'үстеме*'],
    },
    // Shop takes no card, only cash (карточка/терминал/қолма-қол are in synonyms.ts) → card-payment-refused.
    {
      concept: 'card-refused', role: 'situation',
      words: ['төлеуді қабылдамай*', 'төлеуді қабылдамады', 'карточканы қабылдамай*', 'картаны қабылдамай*', 'карточка өтпе*', 'карта өтпе*',
        'наличка*', 'наличн*', 'қолма қол*', 'төлем өтпе*', 'төлей алмадым', 'аудару', 'аударуды', 'аударыңыз'],
    },
    // No receipt: not given, lost or faded (чек/чексіз are in synonyms.ts) → keep-your-receipt, documents-for-a-complaint.
    {
      concept: 'no-receipt', role: 'situation',
      words: ['чек бермеді', 'чек бермейді', 'чек берген жоқ', 'чек жоқ', 'чегі жоқ', 'чек жоғалды', 'чек жоғалып*',
        'чегі жоғалды', 'чегі жоғалып*', 'чекті жоғалттым', 'чекті жоғалтып*', 'чек өшіп*', 'чекті лақтырып*'],
    },
    // Expired or spoiled food → bottom-and-far-shelf, grocery-home-delivery.
    {
      concept: 'expired', role: 'situation',
      words: ['иіс шығ*', 'иісі шығ*', 'жағымсыз иіс*', 'иістеніп*', 'иістенген*', 'сасып*', 'сасыған*', 'мерзімі өткен*', 'мерзімі өтіп*', 'жарамдылық*', 'просрочка*', 'просрочен*', 'бұзылған өнім*',
        'бұзылған тамақ*', 'бұзылған ет*', 'бұзылған сүт*', 'шірік*', 'шіріген*', 'шіріп*', 'көгерген*', 'көгеріп*',
        'айныған*', 'айнып кеткен', 'сасық*', 'еріп кеткен', 'еріп қалған', 'ісініп*'],
    },
    // Fake or replica (жалған/қолдан жасалған are in synonyms.ts) → original-or-fake-perfume.
    {
      concept: 'fake', role: 'situation',
      words: ['жалған*', 'қолдан*', 'копия*', 'люкс копия', 'реплика*', 'контрафакт*', 'фейк*', 'паль', 'поддел*', 'түпнұсқа емес', 'оригинал емес',
        'нағыз емес'],
    },
    // Order not delivered, late or the wrong item sent → safe-online-shopping, instagram-shops-and-marketplaces.
    {
      concept: 'not-delivered', role: 'situation',
      words: ['кешікті', 'кешігіп*', 'кешіктір*', 'тапсырыс келмеді', 'тапсырысым келмеді', 'тапсырыс әлі келмеді', 'тапсырысым әлі келмеді', 'тауар келмеді',
        'тауарым келмеді', 'посылка келмеді', 'посылкам келмеді', 'курьер келмеді', 'уақтылы келмеді',
        'уақытында келмеді', 'келмей жатыр', 'келмей қалды', 'жеткізбеді', 'жеткізбей*', 'жеткізілмеді', 'жеткізілмей*',
        'жеткізілген жоқ', 'әкелмеді', 'әкелмей*', 'басқа тауар келді', 'басқа зат келді', 'басқа тауар жіберді',
        'басқасын жіберді', 'басқасын әкелді'],
    },
    // Cheated or scammed, seller vanished or blocked the buyer → safe-online-shopping, instagram-shops-and-marketplaces.
    {
      concept: 'fraud', role: 'situation',
      words: ['алдады', 'алдап*', 'алдау*', 'алдаған*', 'алданып*', 'алданба*', 'алдамшы*', 'алаяқ*', 'бұғаттап*',
        'бұғаттады', 'блоктап*', 'блоктады', 'блокқа салды', 'алдын ала төлем*', 'предоплата*', 'хабарсыз кетті',
        'сатушы жоғалып кетті'],
    },
    // Seller refuses, ignores or makes excuses → how-to-write-a-claim, goods-that-cannot-be-returned.
    {
      concept: 'refused', role: 'situation',
      words: ['алмай тұр', 'алмай жатыр', 'алмай отыр', 'алмай жүр', 'ауыстырмай тұр', 'ауыстырмай жатыр', 'ауыстырмай отыр', 'қабылдамай тұр', 'қабылдамай жатыр', 'бермей тұр', 'бермей жатыр', 'бермей отыр', 'бермей қойды', 'бас тартты', 'бас тартып*', 'бас тартад*', 'бас тартқан*', 'келіспейді', 'келіспеді', 'келіспей*',
        'қабылдамай*', 'қабылдамады', 'жауап бермей*', 'жауап бермеді', 'сылтау*', 'елемей*', 'дөрекі*'],
    },
    // Short weight at the market or shop → price-difference-shop-or-market.
    {
      concept: 'underweight', role: 'situation',
      words: ['кем өлшеді', 'кем өлшеп*', 'кем өлшейді', 'кем шықты', 'салмағы кем', 'салмақ*', 'салмағ*', 'таразы*'],
    },
    // Poisoned or hurt by the goods → moral-harm-compensation, grocery-home-delivery.
    {
      concept: 'poisoned', role: 'situation',
      words: ['күйіп кет*', 'күйдіріп*', 'күйдірді', 'бөртіп*', 'бөртпе*', 'қышып*', 'қышыма*', 'ісіп кетті', 'уланып*', 'уланды*', 'уланған*', 'улану*', 'уланса*', 'аллергия*', 'күйік*', 'жарақат*', 'денсаулығыма зиян*',
        'денсаулыққа зиян*'],
    },
    // Asks where to get help (заңгер/кеңес are in synonyms.ts) → flyers/free-legal-help, documents-for-a-complaint.
    {
      concept: 'want-lawyer', role: 'situation',
      words: ['тегін көмек*', 'заң көмегі*', 'көмектесіңіз*', 'көмек керек', 'қайда бару*', 'қайда жүгін*', 'кімге жүгін*'],
    },
    // Putting the claim in writing (наразылық is in synonyms.ts) → how-to-write-a-claim.
    { concept: 'write-claim', role: 'situation', words: ['бланк*', 'шаблон*', 'өтініш*', 'хатты', 'хатпен', 'тапсырысты хат*', 'хат жаз*'] },
    // Complaining to the authorities (шағым/арыз are in synonyms.ts) → documents-for-a-complaint, infographics/three-stage-complaint.
    { concept: 'complain', role: 'situation', words: ['eotinish', 'e-otinish', 'департамент*', 'комитет*', '1414', 'жедел желі*', 'әкімдік*'] },
    // Going to court → moral-harm-compensation, documents-for-a-complaint.
    { concept: 'court', role: 'situation', words: ['сот', 'сотқа', 'соттан', 'сотта', 'соттың', 'сот арқылы', 'сотқа беру'] },
    // Repair and badly done work or services → poor-quality-goods-what-to-demand, defective-goods-under-warranty.
    {
      concept: 'repair', role: 'situation',
      words: ['жөнде*', 'ремонт*', 'шебер', 'шебері', 'шеберге', 'шеберден', 'шебердің', 'шеберлер*', 'сервис*',
        'химиялық тазалау*', 'химчистка*', 'ателье*'],
    },
    // Tags, seals, box and packaging; worn or opened → return-within-14-days.
    {
      concept: 'packaging', role: 'situation',
      words: ['кесіп тастадым', 'кесіп алдым', 'жұлып тастадым', 'заттаңба*', 'бирка', 'бирканы', 'биркасы*', 'биркалар*', 'пломба*', 'қаптама*', 'қорап*', 'тауарлық түрі*',
        'киіп көрдім', 'киіп көрген*', 'кидім', 'киген*'],
    },
  ],
};
