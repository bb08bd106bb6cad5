/**
 * Subjectivity and polarity of English words (mostly adjectives), from the Pattern lexicon
 * (De Smedt & Daelemans, CLiPS; public domain) as shipped in the npm package natural@8.1.1
 * (lib/natural/sentiment/English/pattern-sentiment-en.json). Kept: single lower-case words with a
 * non-zero score. Each entry is "word subjectivity polarity", both scaled by 10 and rounded
 * (subjectivity 0..10, polarity -10..10). Used only as one graded feature among many: Pattern
 * rates some news words high ("key", "only"), and the fitted weights take that into account.
 */
export const PATTERN_WORDS =
  'abhorrent 8 -7;able 5 5;above 1 0;abridged 5 1;abrupt 10 0;absolute 5 0;absorbed 9 3;absorbing 9 0;' +
  'absurd 10 -5;abundant 9 6;accessible 5 5;accomplished 5 2;accurate 8 4;acquainted 6 5;' +
  'across-the-board 9 1;action 1 1;active 7 -4;actual 5 0;acuate 4 1;acute 9 6;adamant 7 1;addicted 6 -4;' +
  'addictive 9 0;addled 8 -5;adept 9 6;adequate 5 5;adjectival 1 1;administrable 3 0;adorable 10 5;' +
  'adoring 9 2;adult 3 1;advanced 6 4;adventurous 9 5;adversative 3 -1;advertent 9 5;aeriform 8 -4;' +
  'affable 10 9;affirmative 9 6;affluent 9 7;afloat 1 0;afraid 9 -6;aged 4 -1;aghast 9 -6;agile 6 5;' +
  'agitative 10 -6;aglow 2 0;ahw 9 3;aired 7 1;airheaded 10 5;alarming 6 -1;alas 10 -4;algid 9 -4;' +
  'alien 5 -5;alienating 3 -3;alive 4 1;all-around 4 2;alleged 1 -1;alleviated 8 5;allusions 1 -1;' +
  'amateurish 8 -4;amatory 1 1;amazing 8 4;ambitious 10 0;amenable 6 2;amusing 10 7;anger 2 -7;' +
  'angered 10 -9;angry 10 -5;annoyed 8 -4;annoying 8 -8;anxious 10 -5;aphonic 1 -1;appalled 10 -8;' +
  'appalling 10 -6;apparent 4 1;appealing 5 5;appetizing 6 2;applaudable 9 7;applicative 5 4;' +
  'apportioned 6 3;apposite 8 4;appreciated 1 2;appreciative 9 6;appropriate 5 5;approximate 6 -4;' +
  'apt 10 6;arbitrary 6 -1;arduous 10 -4;aroused 6 1;artesian 9 9;artificial 10 -6;artistic 10 5;' +
  'ascetic 9 -5;ashen 6 -5;askew 4 -1;assumptive 10 -5;astonishing 10 0;astounding 10 6;astute 9 6;' +
  'atrocious 10 -8;attendant 4 2;attention-getting 8 4;attentive 9 4;attractive 10 8;atypical 2 0;' +
  'aureate 2 2;authentic 10 5;authoritative 9 3;autistic 2 -2;autonomous 7 4;available 4 4;average 7 -3;' +
  'avid 10 0;aweary 6 -5;awesome 10 10;awful 10 -10;awkward 10 -6;aww 9 3;awww 9 4;awwww 9 5;' +
  'axiomatic 3 0;bad 6 -7;badness 2 -3;balmy 8 4;banal 5 -3;banded 1 0;bang-up 7 4;barbarian 10 -9;' +
  'barbarous 9 0;bare 1 0;base 10 -7;basic 5 0;bass 4 -2;battleful 9 -6;beautiful 10 10;becoming 8 5;' +
  'beefy 9 3;behind 7 -4;believable 5 5;beloved 10 7;best 3 10;better 5 5;bewitching 10 9;big 1 0;' +
  'bigger 5 0;bitter 5 -1;bizarre 6 4;black 2 -1;bland 10 -5;blasted 9 -6;blatant 5 -5;bleak 10 -10;' +
  'blech 10 -8;blind 5 -5;bloodstained 8 -6;bloodthirsty 9 -5;bloody 9 -8;blue 1 0;bodily 1 0;' +
  'bogged 1 -2;boilerplate 0 -2;bonny 9 3;bootleg 9 -4;bored 10 -5;boring 10 -10;boundless 7 -2;' +
  'brainsick 9 -5;brash 9 -2;bravado 4 -2;brave 10 9;breathtaking 10 10;brief 5 0;bright 5 5;' +
  'brilliant 10 9;broad-minded 6 0;broken 4 -4;brushed 1 0;brutal 10 -10;budding 2 1;busy 3 1;' +
  'cacophonous 8 -4;calculable 8 -5;calm 9 4;candid 8 6;captivating 10 5;captive 6 2;careful 10 -5;' +
  'careless 9 -5;cast-iron 9 9;casual 8 -3;catching 9 6;catholic 1 0;caustic 6 -4;ceaseless 4 -1;' +
  'celebrated 9 5;center 1 -1;central 5 0;centric 1 0;ceremonial 1 1;certain 5 0;challenging 10 5;' +
  'changeless 1 0;characteristic 2 0;charismatic 10 5;charitable 8 6;charming 10 7;cheap 7 4;' +
  'cheerful 10 4;cheery 10 7;cheesiest 5 -4;cheesy 10 -5;chicken 10 -7;childish 8 -2;chilling 9 -5;' +
  'chilly 9 -6;chitchat 3 -2;choppy 2 -2;churning 9 -5;cinematic 2 0;civilized 9 4;classic 5 5;' +
  'classy 9 1;claustrophobic 10 -10;clean 6 0;cleanly 7 3;clear 7 3;clever 10 -5;closed 1 -1;' +
  'cloud-covered 6 -2;cloudless 1 1;cluelessness 2 -1;clumsy 4 -3;coarse 5 0;cocky 9 -2;coherent 7 5;' +
  'cold 10 -6;collectible 8 -5;colorful 4 3;colossal 8 3;coma 0 -1;come-at-able 5 3;comfortable 8 4;' +
  'comical 10 5;commercialism 0 -1;common 9 -6;compelling 6 3;competent 5 5;complained 2 -3;' +
  'complaint 2 -3;complete 4 1;complex 4 -3;complicated 10 -5;complimentary 5 3;comprehensible 7 4;' +
  'conceivable 3 1;conceptional 5 0;concise 6 1;concrete 4 2;confident 10 5;confirmed 10 4;confused 7 -4;' +
  'confusing 4 -3;conscious 5 1;consecrated 6 2;considerable 5 1;consummate 10 10;contestable 9 -4;' +
  'contingent 6 -1;contrived 10 -5;controversial 10 7;convex 6 2;convincing 10 5;cool 4 1;' +
  'coriaceous 10 -3;corpulent 9 -5;corrupt 10 -5;corruptible 9 -6;cosmopolitan 1 0;countless 5 0;' +
  'courteous 10 6;cow 5 -4;cozy 7 -6;crafty 9 4;crap 8 -8;crazy 9 -6;creative 10 5;credible 7 4;' +
  'creepy 10 -5;criminal 3 -2;crisp 5 0;critical 9 -2;crooked 1 0;crucial 10 0;cruddy 9 -9;crude 10 -7;' +
  'cruel 10 -10;crushed 1 -1;crushing 9 4;crying 6 -2;cultural 1 1;cunning 7 0;curious 10 -1;current 4 0;' +
  'cushy 10 9;cute 10 5;cutting 9 -6;cynical 10 -6;dainty 10 9;dangerous 9 -6;dark 4 0;dazed 8 -5;' +
  'dazzling 10 5;dead 4 -2;deadly 10 -10;deadpan 8 -6;debauched 9 -8;decent 5 0;decreased 7 -4;deep 4 0;' +
  'defecates 0 -1;defenseless 8 -4;deficient 8 -4;definite 5 0;definitely 10 0;deft 9 6;delicate 10 -5;' +
  'delicious 10 10;delighted 7 7;delightful 10 10;deluxe 9 6;deplorable 9 -6;depressing 9 -6;' +
  'deserving 8 6;desperate 10 -6;destroy 0 -2;destroying 0 -2;destructive 6 -6;detailed 9 4;' +
  'devastating 10 -10;developed 3 1;devoid 2 -1;dextral 1 0;dialectal 7 -2;diaphanous 6 -2;didactic 8 -5;' +
  'different 5 0;difficult 10 -5;diffident 8 -2;dim 5 1;dim-witted 10 -6;direct 4 1;dirty 8 -6;' +
  'disabled 3 -2;disappointed 10 -10;disappointing 7 -6;disappointment 4 -6;disastrous 8 -7;' +
  'disbelieving 8 -1;discourteous 9 -6;diseased 9 -7;disgusted 10 -10;disgusting 10 -10;dishonest 5 -3;' +
  'disliked 6 -2;dispossessed 1 -1;distant 2 0;distasteful 7 -5;distraught 10 -6;disturbing 8 -5;' +
  'domestic 1 0;doubtful 9 -8;dowdy 8 -5;down 1 -1;drag 2 -2;dramatic 9 -6;dreadful 10 -10;dried 6 -2;' +
  'drowned 1 -1;drunk 10 -5;dry 9 4;dudsville 7 -2;due 5 0;duh 6 -3;duhhh 6 -5;duhhhh 6 -5;dull 5 -5;' +
  'dulls 1 -1;dumb 10 -5;dusty 6 -4;duuuh 6 -5;earlier 5 0;early 3 1;easy 9 5;eccentric 10 0;' +
  'ecological 6 4;economical 9 3;edgy 10 -5;eerie 10 -5;effective 8 6;effing 7 -5;egoistic 10 -7;' +
  'elaborate 10 5;elect 9 8;elegant 10 5;elementary 9 3;emotional 4 0;empirical 1 1;empty 4 2;' +
  'endearing 5 5;endless 10 -5;energetic 5 5;engaging 7 4;engrossing 7 6;enigmatic 6 1;enjoy 5 4;' +
  'enjoyable 6 5;enjoyed 7 5;enjoying 6 5;enlightening 4 3;enormous 10 4;enough 5 0;entertaining 7 5;' +
  'enthusiastic 9 6;epic 4 1;erotic 9 8;erroneous 6 -5;erstwhile 1 0;erudite 2 1;especially 10 0;' +
  'essential 3 0;ethical 6 2;everyday 6 -2;evil 10 -10;exact 5 5;exaggerated 10 -5;excellent 10 10;' +
  'exceptional 10 10;excessive 10 -5;excited 10 5;exciting 8 3;excruciatingly 3 -1;exhausted 7 -4;' +
  'exhausting 5 -4;exhilarating 9 7;exotic 10 5;expected 4 -1;expensive 7 -5;experienced 9 8;' +
  'experimental 4 1;exploitative 3 -3;expressive 10 8;exquisite 10 10;external 1 0;extinct 6 -4;' +
  'extra 1 0;extraordinary 10 5;extreme 10 -5;exuberant 9 4;fabled 9 7;fabricated 9 -5;fabulous 10 4;' +
  'fail 3 -5;failed 3 -5;fails 3 -5;failure 3 -3;faint 10 -5;fair 9 7;fake 10 -5;false 8 -4;familiar 5 5;' +
  'famous 10 5;fanatic 8 -3;fantastic 5 -5;far 10 1;far-out 10 4;farce 5 -4;farcical 4 -4;' +
  'farthermost 8 0;fascinating 9 7;fast 6 2;fatty 4 -2;faultless 10 10;favored 9 8;favorite 10 5;' +
  'fearful 10 -9;feeble 10 -5;felicitous 10 7;female 5 0;feverish 4 -1;few 1 -2;fiendish 7 -6;' +
  'fiftieth 1 1;filled 9 4;filthy 10 -8;final 10 0;fine-looking 10 6;firm 4 -2;first-string 9 6;fit 4 4;' +
  'fitting 5 5;fixed 2 1;flashy 5 -5;flat 2 -1;flawed 5 -5;flawless 10 10;flippant 9 4;fluff 3 -1;' +
  'fluffy 4 -2;fluid 1 0;fly 9 8;following 1 0;forced 2 -4;forcible 10 5;forgetful 4 -1;forgettable 5 -5;' +
  'fortunate 7 4;fragile 5 0;free 8 4;free-thinking 9 0;freestanding 1 0;frequent 3 1;fresh 5 3;' +
  'friendly 5 5;frightening 10 -5;frigid 10 -9;fringy 9 3;frostbitten 6 -5;frustrated 2 -7;' +
  'frustrating 9 -4;frustratingly 2 -2;fuck 6 -4;fucked 7 -6;fucking 8 -6;full 4 3;full-bodied 6 -1;' +
  'full-fledged 9 6;full-length 6 0;fun 2 3;funny 10 0;further 5 0;furtive 5 -1;game 4 -4;' +
  'gamechanger 0 3;gargantuan 8 0;gawky 9 -5;gay 10 5;general 4 4;gentle 9 5;genuine 5 4;gettable 1 1;' +
  'giant 10 0;gifted 10 5;gimmicky 5 -2;glad 10 5;gloom 2 -2;gluey 5 -4;godforsaken 7 -3;golden 9 6;' +
  'good 8 7;goody-goody 10 -5;goofy 10 5;gorgeous 9 7;gory 10 -5;grand 10 5;grandiloquent 9 -6;' +
  'gratuitous 10 -5;great 8 8;greater 5 5;greatest 10 10;grey 1 0;grief 2 -8;grievous 10 -8;grim 10 -10;' +
  'gripping 10 5;gritty 5 0;grotesque 10 -1;grr 8 -7;grrr 8 -7;grrrr 8 -7;grudging 10 -6;gruesome 10 -10;' +
  'guarded 6 4;guilty 10 -5;haha 3 2;hahaha 4 2;hahahaha 5 2;hahahahaha 6 2;half 5 -5;handsome 10 5;' +
  'handy 9 6;haphazard 8 -6;hapless 10 -6;happiness 2 7;happy 10 8;hard 5 5;harder 0 -1;harsh 7 -2;' +
  'hate 9 -8;hated 7 -9;hazardous 9 6;healthy 5 5;heartfelt 10 0;heavy 5 -2;heroic 5 5;hidden 5 0;' +
  'high 9 3;higher 10 5;hilarious 10 5;hindered 1 -2;hit-and-miss 0 -2;honest 9 6;honest-to-god 9 -5;' +
  'horrible 10 -10;horrific 10 -10;horrifying 10 -9;hot 9 6;huge 8 1;human 1 0;humble 4 -2;humorous 10 5;' +
  'hysterical 10 -10;icky 6 -3;iconic 5 5;icy 1 -1;ideal 10 9;identifiable 5 1;idiocy 4 -3;idiot 8 -8;' +
  'idiotic 10 -5;idiots 8 -8;ill 10 -5;illegal 5 -5;imaginative 7 6;imbecile 10 -8;immanent 4 -1;' +
  'immense 10 0;impassive 8 -4;impatient 9 -2;impeccable 5 5;imperceptible 2 -2;implicated 5 -4;' +
  'important 10 5;impossible 10 -5;impressed 10 10;impressive 10 10;inapposite 10 -8;inarticulate 5 -1;' +
  'inauspicious 9 -5;incalculable 7 0;incoherent 2 -2;incomparable 6 4;incompetent 3 -3;' +
  'inconsistencies 0 -1;inconvenient 10 -6;incorruptible 8 5;incredible 9 9;incurable 6 -5;' +
  'indecipherable 9 -7;indispensable 9 4;individual 4 0;indomitable 9 0;ineluctable 4 -1;inevitable 10 0;' +
  'inexpedient 9 -5;inexperienced 6 -1;inexplicable 9 -6;inexpressible 9 2;infamous 10 -5;' +
  'infatuated 2 -2;inflexible 6 -4;infuriating 8 -6;ingenious 10 5;inhumane 9 -9;innocent 7 5;' +
  'innovative 10 5;insane 10 -10;insecure 10 -5;inspirational 10 5;inspiring 10 5;insulting 10 -10;' +
  'insultingly 4 -3;intellectual 4 3;intelligent 9 8;intelligentsia 2 -1;intense 10 2;interested 5 0;' +
  'interesting 5 5;intimate 6 2;intriguing 4 2;inventive 10 5;ironic 9 2;irrelevant 10 -5;' +
  'irritating 8 -4;jackass 9 -5;jackasses 9 -5;jail 0 -1;jammed 6 -1;joy 2 8;justified 9 4;key 10 0;' +
  'killed 0 -2;kind 9 6;lame 10 -5;large 5 5;larger 5 0;late 6 -3;latest 9 5;laugh 1 3;laughable 10 -5;' +
  'laughed 2 7;lazy 10 0;leaden 4 -3;least 4 -3;leftist 6 0;legal 2 2;legendary 10 10;legible 6 2;' +
  'lenient 9 5;less 1 0;lesser 5 0;liable 5 -1;licentious 9 4;lifelike 6 3;lifelong 6 -1;light 10 6;' +
  'light-hearted 10 5;likable 5 5;liked 8 6;likely 10 0;limp 5 -2;linguistic 1 1;literary 1 1;little 5 0;' +
  'live 5 5;lively 9 6;lmao 10 6;lol 7 8;lolol 8 8;lonely 6 4;long 2 -1;long-winded 9 -2;losers 2 -2;' +
  'loses 1 -3;loud 8 1;lousy 5 -5;lovable 5 5;love 6 5;loved 8 7;lovely 5 5;loving 10 6;low 3 0;' +
  'loyal 5 5;lucky 10 5;lush 3 1;lyric 10 4;mad 10 -5;magic 10 5;magical 10 5;magnificent 10 10;' +
  'maladroit 7 -4;male 1 0;malevolent 10 -9;mannerly 9 5;manorial 1 0;manque 4 1;many 5 5;many-sided 1 0;' +
  'marked 6 1;married 5 5;marvelous 10 10;masculine 3 1;massive 10 0;masterful 10 10;meager 10 -6;' +
  'mean 5 5;meaningful 5 5;meaningless 10 -5;measly 10 -6;medicative 1 1;mediocre 10 -5;mediocrity 2 -2;' +
  'melodrama 2 -3;memorable 10 5;menacing 10 -10;merciless 10 -8;mere 5 -5;mesmerizing 7 3;mess 5 -5;' +
  'messy 4 -2;metaphorical 2 0;mighty 9 4;mild 5 0;military 1 -1;mind-boggling 10 5;mindless 10 0;' +
  'minimal 6 -1;minus 1 -1;miserable 10 -10;misfire 2 -2;misplaced 2 -2;missing 1 -2;mod 4 2;' +
  'moderate 7 0;modern 3 2;modest 9 1;monosyllabic 0 -1;moralizing 4 -3;more 5 5;moron 10 -8;' +
  'morons 10 -8;most 5 5;motley 9 6;mouth-watering 9 8;much 2 2;muggy 8 -6;multilateral 2 1;' +
  'mysterious 10 0;naive 10 0;nameless 9 -5;narrow 4 -3;nasty 10 -10;natural 4 1;naturalistic 6 4;' +
  'naughty 9 1;nauseated 6 -4;near 4 1;necessary 10 0;needless 10 -5;negative 4 -3;nerve-racking 10 -4;' +
  'new 5 5;nice 10 6;noble 9 6;nonviolent 6 4;normal 7 5;nostalgic 10 -5;notable 5 5;numb 10 -6;' +
  'numerous 5 0;obedient 9 4;objective 1 0;obsessed 10 -5;obvious 5 0;odd 10 -5;offbeat 5 -5;offers 0 1;' +
  'ok 5 5;okay 5 5;old 2 1;only 10 0;oozes 2 -2;open 5 0;open-minded 7 4;optimum 9 7;ordinary 5 0;' +
  'original 5 0;orthodox 6 -2;other 5 0;outdated 1 0;outraged 10 -9;outrageous 10 -10;outstanding 10 10;' +
  'over-the-top 10 -5;overboard 3 -3;overexcited 10 -4;overwhelming 10 0;own 10 6;painful 9 -7;pale 2 -3;' +
  'palpable 5 0;parade 5 -5;partial 3 -1;particular 5 5;passionate 8 1;pathetic 10 -10;peaceful 5 0;' +
  'peaky 4 1;peevish 6 -4;peppery 5 -1;perfect 10 10;perpetually 2 0;perplexed 9 4;personal 3 0;' +
  'phantasmagoric 1 0;philosophic 3 2;pinheads 5 -3;pink 3 -1;pious 3 0;pity 2 -1;pivotal 8 5;' +
  'placid 7 -3;platitudes 2 -2;plausible 5 5;pleasant 10 9;pleased 10 5;pleonastic 9 -5;plod 2 -2;' +
  'plodding 6 -3;poignant 5 -5;pointless 10 -5;political 1 0;poor 6 -4;popular 9 6;positive 10 0;' +
  'possible 10 0;potent 5 5;potential 10 0;powerful 10 0;powerless 9 -5;preachy 3 -2;precious 10 5;' +
  'precise 8 4;predictable 5 -2;pregnant 5 5;pretentious 7 -3;pretty 10 -5;priceless 10 10;primary 5 5;' +
  'prissy 4 -3;private 5 0;profitering 2 -3;profound 10 0;prolix 9 -6;prominent 10 5;promising 5 2;' +
  'propaganda 1 -1;proper 1 0;proud 10 8;proves 0 3;psychological 1 0;psychotic 10 -5;public 1 1;' +
  'pure 5 5;putative 4 -1;questionable 10 -5;quick 5 5;quiet 5 0;quirky 10 0;quixotic 5 2;' +
  'rancorous 10 -8;random 5 -5;rank 9 -8;rare 9 3;raucous 6 -3;raunchy 10 -5;ready 5 0;real 4 2;' +
  'really 10 0;reasonable 6 2;recognizable 5 5;redeeming 5 5;redoubtable 9 6;redundant 2 -2;' +
  'refreshing 10 5;regrets 2 -1;regurgitates 3 -3;related 4 0;relevant 9 4;religious 4 0;remarkable 5 5;' +
  'reminiscent 5 0;remote 5 0;repellent 10 -9;reputable 8 4;resourceful 9 6;respectable 5 5;' +
  'respectful 7 5;respective 1 0;responsible 7 4;retard 10 -9;retarded 8 -8;retards 10 -9;rewarding 10 5;' +
  'rich 5 0;ridiculous 10 -10;right 5 5;right-minded 4 1;rightist 4 -2;rip-off 5 -4;risk-free 6 4;' +
  'riveting 10 5;robotic 2 -1;rofl 9 8;rohypnol 0 -1;rose 10 6;rough 4 -1;roughage 0 -1;round 4 -2;' +
  'ruins 4 -3;ruthless 10 -10;sad 10 -5;safe 5 5;same 5 0;sarcastic 8 1;satisfied 10 5;satisfying 10 5;' +
  'satisyfing 4 6;scarey 10 -5;scary 10 -5;scathing 10 -6;scum 4 -3;seamless 1 1;sec 6 -1;' +
  'secondhand 3 -1;secret 7 -4;secure 6 4;self-acting 1 0;selfish 10 -5;sensitive 9 1;sentimental 10 0;' +
  'serious 5 -5;seriously 10 -1;sermon 1 0;sexual 5 5;sexy 10 5;shady 10 -5;shaky 5 -5;shallow 10 -5;' +
  'sham 3 -2;shapeless 3 -2;sharp 10 -5;sheer 5 0;shit 8 -2;shocked 8 -7;shocking 10 -10;shoddy 5 -3;' +
  'short 3 0;showery 4 -2;shrieky 4 -4;shrill 6 -4;shy 5 -5;sick 10 -5;sickening 10 -9;significant 10 0;' +
  'silent 1 0;silly 10 -5;similar 5 0;simple 5 -5;simplistic 5 -5;sincere 5 5;sinister 10 -5;sinks 0 -1;' +
  'skeptical 5 -5;skilled 5 5;skittish 8 7;slight 5 -5;slipping 1 -1;sloppy 5 -5;slow 7 -4;small 5 0;' +
  'smaller 5 0;smart 5 -5;smile 1 3;smiled 2 6;smooth 5 4;sober 2 1;social 1 1;soft 3 1;' +
  'soft-boiled 10 -1;sole 5 0;solicitous 9 7;solid 1 0;sophisticated 10 5;sophomoric 4 -2;sorry 10 -5;' +
  'sound 4 4;sour 1 -3;soured 1 -3;spectacular 9 6;spent 1 -1;spirited 10 5;spiritual 2 0;splendid 10 10;' +
  'spontaneous 9 6;spoof 2 -1;sprightly 7 4;stabbing 8 -6;stainless 2 2;stale 5 -5;stark 10 0;' +
  'starting 1 0;startling 5 -5;state-supported 2 1;static 9 5;steadfast 8 4;steady 5 0;stellar 5 5;' +
  'stereotyped 9 -1;stereotypical 10 -5;stiff 5 0;stinker 6 -5;stinks 5 -6;straight 6 3;' +
  'straightforward 5 5;stretched 0 -1;striking 10 5;strong 9 6;strutting 4 -3;stumble 1 -1;stunning 10 5;' +
  'stupid 10 -9;stupidity 10 -6;stylish 10 5;subconscious 6 1;subnormal 9 -6;subtle 5 0;succeeds 1 7;' +
  'success 0 3;successful 10 8;such 5 0;sucker 8 -3;suckers 8 -3;sucks 3 -3;sudden 5 0;suffers 7 -6;' +
  'suffocating 5 -5;suitable 8 6;super 10 10;superb 10 10;superfine 9 4;superior 9 7;supernatural 9 4;' +
  'supporting 5 5;supportive 10 5;sure 10 5;surprised 9 1;surprising 5 7;surreal 10 5;suspenseful 10 0;' +
  'sweet 5 5;swill 2 -1;sympathetic 10 5;talented 9 7;tame 2 -2;tasteless 9 -6;technical 1 0;' +
  'tedious 10 -5;tense 10 -5;terminally 5 -4;terrestrial 1 0;terrible 10 -10;terrific 10 10;' +
  'terrifying 10 -10;thanks 2 2;theoretical 1 0;thick 10 -9;thin 8 -5;thought-provoking 3 4;' +
  'thoughtful 5 5;thrilled 7 6;thrilling 10 0;tidy 8 6;tiny 5 0;tired 7 -4;tiresome 10 -5;toneless 2 -1;' +
  'top 5 5;top-notch 10 10;total 10 0;touching 5 5;tough 10 -10;traditional 10 0;tragic 5 -5;' +
  'trapped 0 -2;tremendous 10 0;trendy 9 6;tries 4 -1;trouble 2 -2;troubled 10 -5;true 9 6;truthful 5 5;' +
  'twisted 10 -5;two-dimensional 1 -1;typical 5 -5;ugliness 4 -3;ugly 10 -7;ugly-duckling 2 -1;' +
  'ultimate 10 0;unable 5 -5;unadulterated 7 4;unaffected 2 -1;unanswered 2 -1;unappealing 5 -4;' +
  'unappetizing 10 -8;unashamed 9 -5;unavowed 4 0;unaware 5 0;unbefitting 9 -6;unbelievable 10 -5;' +
  'unblemished 5 1;unblinking 9 5;unbranded 4 -1;uncared-for 8 -2;unchaste 9 -7;uncivil 9 -9;' +
  'uncomfortable 10 -5;uncommon 10 8;uncontroversial 8 3;uncooked 1 -1;uncritical 7 0;uncut 8 -5;' +
  'undeserved 3 -3;undignified 9 -6;unengaging 2 -2;unexcelled 9 5;unexpected 10 1;unexplained 0 -1;' +
  'unfair 10 -5;unfaithful 9 -6;unfocused 8 -4;unforgettable 10 8;unfortunate 10 -5;unfortunately 2 -1;' +
  'unfruitful 9 -6;ungraded 9 -4;unhampered 9 6;unhappy 9 -6;unhealthy 7 -4;unhesitating 6 1;' +
  'unilateral 7 -5;unimportant 10 -4;uninspired 10 -5;unintelligent 9 -7;unique 10 0;unknown 5 0;' +
  'unlikely 5 -5;unnecessary 9 -4;unnoticed 6 -2;unoriginal 1 -2;unpaid 4 2;unplayable 7 -4;' +
  'unpleasant 9 -7;unprecedented 9 6;unpredictable 10 0;unprocessed 1 -1;unpropitious 9 -6;unread 4 1;' +
  'unrealistic 10 -5;unsalted 10 4;unschooled 4 -2;unsettling 7 -5;unstirred 5 -4;unthinkable 8 1;' +
  'untraceable 7 -3;unusual 10 2;unwed 1 0;urinates 0 -1;useful 0 3;useless 2 -5;usual 5 -5;utter 10 0;' +
  'vague 5 -5;vapid 3 -3;various 5 0;vast 10 0;very 3 2;vibrant 5 5;vicious 10 -10;victim 0 -1;' +
  'violent 10 -10;vital 4 1;vivid 10 0;vocational 4 3;vulgar 8 -7;vulnerable 5 -5;wacky 10 5;wan 1 -2;' +
  'wants 1 2;warm 6 6;wary 7 -5;waste 0 -2;wasted 0 -2;wastes 0 -2;weak 5 0;wealthy 10 5;weird 10 -5;' +
  'welcome 9 8;well-advised 9 8;well-intentioned 2 0;well-off 6 4;wet 4 -1;whaddupwitdat 3 -1;' +
  'whimsical 5 -5;whole 4 2;wide 4 -1;wild 4 1;willing 10 0;win 4 8;winning 5 5;wins 2 3;wise 9 7;' +
  'witty 10 5;womanly 6 0;wonderful 10 10;wonky 3 -3;workmanlike 7 5;worse 6 -4;worst 10 -10;worth 1 3;' +
  'worthless 9 -8;worthwhile 5 5;worthy 10 5;wow 10 1;wrong 9 -5;wtf 10 -5;yaaawwnnnn 10 -5;yarn 2 -1;' +
  'young 4 1;youngish 8 4';
