/**
 * Sentiment valence of English words from the VADER lexicon (Hutto & Gilbert 2014), as shipped in
 * the npm package vader-sentiment@1.1.3 (vader_lexicon.txt; Apache-2.0, Copyright 2018 Comcast
 * Cable Communications Management, LLC, and C.J. Hutto). Kept: lower-case words with |valence| >= 1;
 * each entry is "word valence", valence doubled and rounded (-8..8). Used as a graded feature:
 * strongly valenced words are where a writer's judgement shows.
 */
export const VADER_WORDS =
  'aas 5;aayf 5;abandon -4;abandoned -4;abandoner -4;abandoners -4;abandoning -3;abandonment -5;' +
  'abandonments -3;abandons -3;abducted -5;abduction -6;abductions -4;abhor -4;abhorred -5;abhorrent -6;' +
  'abhors -6;abilities 2;ability 3;absentee -2;absentees -2;absolve 2;absolved 3;absolves 3;absolving 3;' +
  'abuse -6;abused -5;abuser -5;abusers -5;abuses -5;abusing -4;abusive -6;abusively -6;abusiveness -5;' +
  'abusivenesses -6;accept 3;acceptabilities 3;acceptability 2;acceptable 3;acceptableness 3;' +
  'acceptably 3;acceptance 4;acceptances 3;acceptant 3;acceptation 3;acceptations 2;accepted 2;' +
  'accepting 3;accepts 3;accident -4;accidentally -3;accidents -3;accomplish 4;accomplished 4;' +
  'accomplishes 3;accusation -2;accusations -3;accuse -2;accused -2;accuses -3;ache -3;ached -3;aches -2;' +
  'achievable 3;aching -4;acquit 2;acquitted 2;acquitting 3;acrimonious -3;active 3;actively 3;' +
  'activenesses 2;actives 2;adequate 2;admirability 5;admirable 5;admirableness 4;admirably 5;admiral 3;' +
  'admirals 3;admiralties 3;admiralty 2;admiration 5;admirations 3;admire 4;admired 5;admirer 4;' +
  'admirers 3;admires 3;admiring 3;admiringly 5;admit 2;admits 2;admonished -4;adorability 4;adorable 4;' +
  'adorableness 5;adorably 4;adoration 6;adorations 4;adore 5;adored 4;adorer 3;adorers 4;adores 3;' +
  'adoring 5;adoringly 5;adorn 2;adorned 2;adorner 3;adorners 2;adorning 2;adornment 3;adornments 2;' +
  'advanced 2;advantage 2;advantaged 3;advantageous 3;advantageously 4;advantageousness 3;advantages 3;' +
  'advantaging 3;adventure 3;adventured 3;adventurer 2;adventurers 2;adventures 3;adventuresome 3;' +
  'adventuresomeness 3;adventuress 2;adventuresses 3;adventuring 5;adventurism 3;adventurist 3;' +
  'adventuristic 3;adventurists 2;adventurous 3;adventurously 3;adventurousness 4;adversarial -3;' +
  'adversaries -2;adversary -2;adversative -2;adversatives -2;adverse -3;adversely -2;adversities -3;' +
  'adversity -4;affection 5;affectional 4;affectionally 3;affectionate 4;affectionately 4;affectioned 4;' +
  'affectionless -4;affections 3;afflicted -3;afu -6;aggravate -5;aggravated -4;aggravates -4;' +
  'aggravating -2;aggress -3;aggressed -3;aggression -2;aggressions -3;aggressively -3;aggressiveness -4;' +
  'aggressivities -3;aggressor -2;aggressors -2;aghast -4;agitate -3;agitated -4;agitatedly -3;' +
  'agitates -3;agitating -4;agitation -2;agitational -2;agitations -3;agitative -3;agitator -3;' +
  'agitators -4;agog 4;agonise -4;agonised -5;agonises -5;agonising -3;agonize -5;agonized -4;' +
  'agonizes -5;agonizing -5;agonizingly -5;agony -4;agree 3;agreeability 4;agreeable 4;agreeableness 4;' +
  'agreeablenesses 3;agreeably 3;agreed 2;agreeing 3;agreement 4;agreements 2;agrees 2;alarm -3;' +
  'alarmed -3;alarmingly -5;alarmists -2;alarms -2;alas -2;alert 2;alienation -2;alive 3;allergic -2;' +
  'allow 2;alol 6;alone -2;alright 2;amaze 5;amazed 4;amazedly 4;amazement 5;amazements 4;amazes 4;' +
  'amazing 6;amazonstone 2;ambitious 4;ambw 6;aml 7;amor 6;amoral -3;amoralities -2;amorality -3;' +
  'amorally -2;amorino 2;amorist 3;amoristic 2;amoroso 5;amorous 4;amorously 5;amorousness 4;amort -4;' +
  'amortized 2;amortizing 2;amuse 3;amused 4;amusedly 4;amusement 3;amusements 3;amuser 2;amusers 3;' +
  'amuses 3;amusing 3;amusingly 2;amusingness 4;amusive 3;anger -5;angered -5;angering -4;angerly -4;' +
  'angers -5;angrier -5;angriest -6;angrily -4;angriness -3;angry -5;anguish -6;anguished -4;' +
  'anguishes -4;anguishing -5;animosity -4;annoy -4;annoyance -3;annoyances -4;annoyed -3;annoyer -4;' +
  'annoyers -3;annoying -3;annoys -4;antagonism -4;antagonisms -2;antagonist -4;antagonistic -3;' +
  'antagonistically -4;antagonists -3;antagonize -4;antagonized -3;antagonizing -5;anti -3;anxious -2;' +
  'anxiously -2;anxiousness -2;aok 4;apathetic -2;apathy -2;apeshit -2;apocalyptic -7;apologise 3;' +
  'apologises 2;apologized 3;apologizes 3;appall -5;appalled -4;appalling -3;appallingly -4;appalls -4;' +
  'appease 2;appeased 2;appeases 2;appeasing 2;applaud 4;applauded 3;applauding 4;applauds 3;applause 4;' +
  'appreciate 3;appreciated 5;appreciates 5;appreciating 4;appreciation 5;appreciations 3;appreciative 5;' +
  'appreciatively 4;appreciativeness 3;appreciator 5;appreciators 3;appreciatory 3;apprehensible 2;' +
  'apprehension -4;apprehensions -2;approval 4;approved 4;approves 3;ardent 4;arguable -2;arguably -2;' +
  'argue -3;argued -3;arguer -3;arguers -3;argues -3;arguing -4;argument -3;argumentative -3;' +
  'argumentatively -4;argumentive -3;arguments -3;arrest -3;arrested -4;arrests -4;arrogance -5;' +
  'arrogances -4;arrogant -4;arrogantly -4;ashamed -4;ashamedly -3;ass -5;assassination -6;' +
  'assassinations -5;assault -6;assaulted -5;assaulting -5;assaultive -6;assaults -5;asset 3;' +
  'assfucking -5;assholes -6;assurance 3;assurances 3;assure 3;assured 3;assuredly 3;assuredness 3;' +
  'assurer 2;assurers 2;assures 3;assurgent 3;assuring 3;astonished 3;astound 3;astounded 4;astounding 4;' +
  'astoundingly 4;astounds 4;atab -4;attachment 2;attachments 2;attack -4;attacked -4;attacker -5;' +
  'attackers -5;attacking -4;attacks -4;attract 3;attractancy 2;attractant 3;attractants 3;attracted 4;' +
  'attracting 4;attraction 4;attractions 4;attractive 4;attractively 4;attractiveness 4;' +
  'attractivenesses 4;attractor 2;attractors 2;attracts 3;audacious 2;aversion -4;aversions -2;' +
  'aversive -3;aversively -2;avid 2;avoid -2;avoidance -3;avoidances -2;avoided -3;avoider -4;' +
  'avoiders -3;avoiding -3;award 5;awardable 5;awarded 3;awardee 4;awardees 2;awarder 2;awarders 3;' +
  'awarding 4;awards 4;awesome 6;awful -4;awkwardly -3;awol -3;axed -3;ayor -2;bad -5;badly -4;' +
  'bamboozle -3;bamboozled -3;bamboozles -3;ban -5;banish -4;bankrupt -5;bankster -4;banned -4;bargain 2;' +
  'bashfulness -2;bastard -5;bastardies -4;bastardise -4;bastardised -5;bastardises -5;bastardising -5;' +
  'bastardization -5;bastardizations -4;bastardize -5;bastardized -4;bastardizes -4;bastardizing -5;' +
  'bastardly -5;bastards -6;bastardy -5;battle -3;battled -2;battlefield -3;battlefields -2;' +
  'battlefront -2;battlefronts -2;battleground -3;battler -2;battles -3;battling -2;beaten -4;beatific 4;' +
  'beating -4;beaut 3;beauteous 5;beauteously 5;beauteousness 5;beautician 2;beauties 5;beautification 4;' +
  'beautifications 5;beautified 4;beautifier 3;beautifiers 3;beautifies 4;beautiful 6;beautifuler 4;' +
  'beautifulest 5;beautifully 5;beautifulness 5;beautify 5;beautifying 5;beauts 3;beauty 6;belittle -4;' +
  'belittled -4;beloved 5;benefic 3;beneficed 2;beneficence 6;beneficences 3;beneficent 5;beneficently 4;' +
  'benefices 2;beneficial 4;beneficially 5;beneficialness 3;beneficiaries 4;beneficiary 4;beneficiate 2;' +
  'benefit 4;benefits 3;benefitted 3;benefitting 4;benevolence 3;benevolences 4;benevolent 5;' +
  'benevolently 3;benevolentness 2;benign 3;benignant 4;benignantly 2;benignities 2;benignity 3;' +
  'bereave -4;bereaved -4;bereaves -4;bereaving -3;best 6;betray -6;betrayal -6;betrayed -6;betraying -5;' +
  'betrays -5;better 4;bfd -5;bfe -5;bff 6;bffn 2;biased -2;bitch -6;bitched -5;bitcheries -5;' +
  'bitchery -5;bitches -6;bitchier -4;bitchiest -6;bitchily -5;bitchiness -5;bitching -2;bitchy -5;' +
  'bitter -4;bittered -4;bitterer -4;bitterest -5;bittering -2;bitterish -3;bitterly -4;bitterness -3;' +
  'bizarre -3;bl 5;blamable -4;blamably -4;blame -3;blamed -4;blameful -3;blamefully -3;blamelessly 2;' +
  'blamer -4;blamers -4;blames -3;blameworthiness -3;blameworthy -5;blaming -4;bless 4;blessed 6;' +
  'blesseder 4;blessedest 6;blessedly 3;blessedness 3;blesser 5;blessers 4;blesses 5;blessing 4;' +
  'blessings 5;blind -3;bliss 5;blissful 6;blithe 2;block -4;blockbuster 6;blocked -2;blocking -3;' +
  'blocks -2;bloody -4;bold 3;bolder 2;boldest 3;boldly 3;boldness 3;boldnesses 2;bolds 3;bomb -4;' +
  'bonus 5;bonuses 5;boost 3;boosted 3;boosting 3;boosts 3;bore -2;bored -2;boredom -3;boredoms -2;' +
  'borers -2;bores -3;boresome -3;boring -3;bother -3;botheration -3;botherations -3;bothered -3;' +
  'bothering -3;bothers -2;bothersome -3;boycott -3;boycotted -3;boycotting -3;boycotts -3;' +
  'brainwashing -3;brave 5;braved 4;bravely 5;braver 5;braveries 4;bravery 4;braves 4;bravest 5;' +
  'breathtaking 4;bribe -2;bright 4;brighten 4;brightened 4;brightener 2;brighteners 2;brightening 5;' +
  'brightens 3;brighter 3;brightest 6;brightly 3;brightness 3;brightnesses 3;brightwork 2;brilliance 6;' +
  'brilliances 6;brilliancies 5;brilliancy 5;brilliant 6;brilliantine 2;brilliantines 4;brilliantly 6;' +
  'brilliants 4;broke -4;broken -4;brutal -6;brutalise -5;brutalised -6;brutalises -6;brutalising -6;' +
  'brutalities -5;brutality -6;brutalization -4;brutalizations -5;brutalize -6;brutalized -5;' +
  'brutalizes -6;brutalizing -7;brutally -6;bsod -4;btd -4;bullied -6;bullshit -6;bully -4;bullying -6;' +
  'bummer -3;buoyant 2;burden -4;burdened -3;burdener -3;burdeners -3;burdening -3;burdens -3;' +
  'burdensome -4;bwahahah 5;calm 3;calmative 2;calmed 3;calmer 3;calmest 3;calming 3;calmly 3;calmness 3;' +
  'calmnesses 3;calms 3;cancel -2;cancelled -2;cancelling -2;cancels -2;cancer -7;capable 3;captivated 3;' +
  'care 4;cared 4;carefree 3;carefulness 4;careless -3;carelessly -2;carelessness -3;carelessnesses -3;' +
  'cares 4;caring 4;casual 2;casualty -5;catastrophe -7;catastrophic -4;celebrate 5;celebrated 5;' +
  'celebrates 5;celebrating 5;censor -4;censors -2;certain 2;certainly 3;certainties 2;certainty 2;' +
  'chagrin -4;chagrined -3;champ 4;champagne 2;champed 2;champion 6;championed 2;championing 4;' +
  'champions 5;championship 4;championships 4;champs 4;champy 2;chance 2;chances 2;chaos -5;chaotic -4;' +
  'charged -2;charges -2;charitable 3;charitableness 4;charitablenesses 3;charitably 3;charities 4;' +
  'charity 4;charm 3;charmed 4;charmer 4;charmers 4;charming 6;charminger 3;charmingest 5;charmingly 4;' +
  'charmless -4;charms 4;chastise -5;chastised -4;chastises -3;chastising -3;cheat -4;cheated -5;' +
  'cheater -5;cheaters -4;cheating -5;cheats -4;cheer 5;cheered 5;cheerer 3;cheerers 4;cheerful 5;' +
  'cheerfuller 4;cheerfullest 6;cheerfully 4;cheerfulness 4;cheerier 5;cheeriest 4;cheerily 5;' +
  'cheeriness 5;cheering 5;cheerio 2;cheerlead 3;cheerleader 2;cheerleaders 2;cheerleading 2;' +
  'cheerleads 2;cheerled 3;cheerless -3;cheerlessly -2;cheerlessness -3;cheerly 5;cheers 4;cheery 5;' +
  'cherish 3;cherishable 4;cherished 5;cherisher 4;cherishers 4;cherishes 4;cherishing 4;chic 2;' +
  'childish -2;choke -5;choked -4;chokes -4;choking -4;chuckle 3;chuckled 2;chucklehead -4;' +
  'chuckleheaded -3;chuckleheads -2;chuckler 2;chucklers 2;chuckles 2;chucklesome 2;chuckling 3;' +
  'chucklingly 2;clarifies 2;clarity 3;classy 4;clean 3;clear 3;clearly 3;clever 4;cleverer 4;' +
  'cleverest 5;cleverish 2;cleverly 5;cleverness 5;clevernesses 3;clueless -3;cocksucker -6;' +
  'cocksuckers -5;coerced -3;collapse -4;collapsed -2;collapses -2;collapsing -2;collides -2;' +
  'collision -3;collisions -2;colluding -2;combat -3;combats -2;comedian 3;comedians 2;comedic 3;' +
  'comedically 4;comediennes 3;comedies 3;comedones -2;comedown -2;comedowns -2;comedy 3;comfort 3;' +
  'comfortable 5;comfortableness 3;comfortably 4;comforted 4;comforter 4;comforters 2;comforting 3;' +
  'comfortingly 3;comfortless -4;comforts 4;commend 4;commended 4;commit 2;commitment 3;committed 2;' +
  'compassion 4;compassionate 4;compassionated 3;compassionately 3;compassionateness 2;compassionates 3;' +
  'compassionating 3;compassionless -5;compelling 2;competent 3;complain -3;complainants -2;' +
  'complained -3;complainer -4;complainers -3;complaining -2;complainingly -3;complains -3;complaint -2;' +
  'complaints -3;compliment 4;complimentarily 3;complimentary 4;complimented 4;complimenting 5;' +
  'compliments 3;comprehensive 2;conciliate 2;conciliated 2;conciliates 2;conciliating 3;condemn -3;' +
  'condemnation -6;condemned -4;condemns -5;confidence 5;confident 4;confidently 4;conflict -3;' +
  'conflicting -3;conflictive -4;conflicts -3;confrontation -3;confrontational -3;confrontationist -2;' +
  'confrontationists -2;confrontations -3;confronted -2;confronters -3;confronts -2;confuse -2;' +
  'confused -3;confusedness -3;confuses -3;confusing -2;confusingly -3;confusion -2;confusional -2;' +
  'confusions -2;congrats 5;congratulate 4;congratulation 6;congratulations 6;consent 2;consents 2;' +
  'considerate 4;consolable 2;conspiracy -5;contagion -4;contagions -3;contagious -3;contempt -6;' +
  'contemptibilities -4;contemptibility -2;contemptible -3;contemptibleness -4;contemptibly -3;' +
  'contempts -2;contemptuous -4;contemptuously -5;contemptuousness -2;contented 3;contentedly 4;' +
  'contentedness 3;contentious -2;contentment 3;contradict -3;contradictable -2;contradicted -3;' +
  'contradicting -3;contradiction -2;contradictions -3;contradictious -4;contradictor -2;' +
  'contradictorily -2;contradictoriness -3;contradictors -3;contradictory -3;contradicts -3;' +
  'controversial -2;controversially -2;convince 2;convinced 3;convincing 3;convincingly 3;convivial 2;' +
  'cool 3;cornered -2;corpse -5;courage 4;courageous 5;courageously 5;courageousness 4;courteous 5;' +
  'courtesy 3;cover-up -2;coward -4;cowardly -3;coziness 3;cramp -2;crap -3;crappy -5;crash -3;' +
  'crazily -3;craziness -3;crazinesses -2;crazy -3;crazyweed 2;create 2;created 2;creates 2;creating 2;' +
  'creation 2;creationisms 2;creationist 2;creations 3;creative 4;creatively 3;creativeness 4;' +
  'creativities 3;creativity 3;credit 3;creditabilities 3;creditability 4;creditable 4;creditableness 2;' +
  'creditably 3;credited 3;credits 3;creditworthiness 4;creditworthy 5;crestfallen -5;cried -3;cries -3;' +
  'crime -5;criminal -5;criminals -5;crisis -6;critic -2;critical -3;criticise -4;criticised -4;' +
  'criticises -3;criticising -3;criticism -4;criticisms -2;criticizable -2;criticize -3;criticized -3;' +
  'criticizer -3;criticizers -3;criticizes -3;criticizing -3;critics -2;crude -5;crudely -2;crudeness -4;' +
  'crudenesses -4;cruder -4;crudes -2;crudest -5;cruel -6;crueler -5;cruelest -5;crueller -5;' +
  'cruellest -6;cruelly -6;cruelness -6;cruelties -5;cruelty -6;crushed -4;crushes -4;crushing -3;cry -4;' +
  'crying -4;cunt -4;cunts -6;curious 3;curse -5;cut -2;cute 4;cutely 3;cuteness 5;cutenesses 4;cuter 5;' +
  'cutes 4;cutesie 2;cutesier 3;cutesiest 4;cutest 6;cutesy 4;cutey 4;cuteys 3;cutie 3;cutiepie 4;' +
  'cuties 4;cuts -2;cwot -5;cynic -3;cynical -3;cynically -3;cynicism -3;cynicisms -3;damage -4;' +
  'damaged -4;damager -4;damagers -4;damages -4;damaging -5;damagingly -4;damn -3;damnable -3;' +
  'damnableness -4;damnably -3;damnation -5;damnations -3;damnatory -5;damned -3;damnified -6;' +
  'damnifies -4;damnify -4;damnifying -5;damning -3;damningly -4;damnit -5;damns -4;danger -5;' +
  'dangered -5;dangering -5;dangerous -4;dangerously -4;dangerousness -4;dangers -4;daring 3;daringly 4;' +
  'daringness 3;darkest -4;darkness -2;darling 6;darlingly 3;darlingness 5;darlings 4;dauntless 5;' +
  'dead -7;deadlock -3;deafening -2;dear 3;dearer 4;dearest 5;dearie 4;dearies 2;dearly 4;dearness 4;' +
  'dears 4;dearth -5;dearths -2;deary 4;death -6;debonair 2;debt -3;decay -3;decayed -3;decayer -3;' +
  'decayers -3;decaying -3;decays -3;deceit -4;deceitful -4;deceive -3;deceived -4;deceives -3;' +
  'deceiving -3;deception -4;decisive 2;dedicated 4;defeat -4;defeated -4;defeater -3;defeaters -2;' +
  'defeating -3;defeatism -3;defeatist -3;defeatists -4;defeats -3;defeature -4;defeatures -3;defect -3;' +
  'defected -3;defecting -4;defection -3;defections -3;defective -4;defectively -4;defectiveness -4;' +
  'defectives -4;defector -4;defectors -3;defects -3;defenseless -3;defenselessly -2;defenselessness -3;' +
  'defensible 2;defer -2;defiant -2;deficit -3;definite 2;definitely 3;degradable -2;degradation -5;' +
  'degradations -3;degradative -4;degrade -4;degraded -4;degrader -4;degraders -4;degrades -4;' +
  'degrading -6;degradingly -5;dehumanize -4;dehumanized -4;dehumanizes -3;dehumanizing -5;deject -4;' +
  'dejected -4;dejecting -5;dejects -4;delay -3;delayed -2;delectable 6;delectables 3;delectably 6;' +
  'delicately 2;delicious 5;deliciously 4;deliciousness 4;delight 6;delighted 5;delightedly 5;' +
  'delightedness 4;delighter 4;delighters 5;delightful 6;delightfully 5;delightfulness 4;delighting 3;' +
  'delights 4;delightsome 5;demanded -2;demanding -2;demoralized -3;denied -4;denier -3;deniers -2;' +
  'denies -4;denounce -3;denounces -4;deny -3;denying -3;depress -4;depressant -3;depressants -3;' +
  'depressed -5;depresses -4;depressible -3;depressing -3;depressingly -5;depression -5;depressions -4;' +
  'depressive -3;depressively -4;depressives -3;depressor -4;depressors -3;deprival -4;deprivals -2;' +
  'deprivation -4;deprivations -4;deprive -4;deprived -4;depriver -3;deprivers -3;deprives -3;' +
  'depriving -4;derail -2;derailed -3;derails -3;deride -2;derided -2;derides -2;deriding -3;derision -2;' +
  'desirable 3;desire 3;desired 2;desirous 3;despair -3;despaired -5;despairer -3;despairers -3;' +
  'despairing -5;despairingly -4;despairs -5;desperate -3;desperately -3;desperateness -3;desperation -4;' +
  'desperations -4;despise -3;despised -3;despisement -5;despisements -5;despiser -4;despisers -3;' +
  'despises -4;despising -5;despondent -4;destroy -5;destroyed -4;destroyer -4;destroyers -5;' +
  'destroying -5;destroys -5;destruct -5;destructed -4;destructibility -4;destructible -3;destructing -5;' +
  'destruction -5;destructionist -5;destructionists -4;destructions -5;destructive -6;destructively -5;' +
  'destructiveness -5;destructivity -4;destructs -5;detain -4;detained -3;detention -3;determinable 2;' +
  'determinably 2;determinacy 2;determinate 2;determinately 2;determinateness 2;determination 3;' +
  'determinations 2;determinative 2;determinatives 2;determinator 2;determined 3;devastate -6;' +
  'devastated -6;devastates -6;devastating -7;devastatingly -5;devastation -4;devastations -4;' +
  'devastative -6;devastator -6;devastators -6;devil -7;deviled -3;devilfish -2;deviling -4;devilish -4;' +
  'devilishly -3;devilishness -5;devilkin -5;devilled -5;devilling -4;devilment -4;devilments -2;' +
  'devilries -3;devilry -6;devils -5;deviltries -3;deviltry -6;devilwood -2;devilwoods -2;devote 3;' +
  'devoted 3;devotedly 3;devotedness 4;devotee 3;devotement 3;devotements 2;devotes 3;devoting 4;' +
  'devotion 4;devotional 2;devotionally 4;devotionals 2;devotions 4;diamond 3;dick -5;dickhead -6;die -6;' +
  'died -5;difficult -3;difficulties -2;difficultly -3;difficulty -3;diffident -2;dignified 4;' +
  'dignifies 4;dignify 4;dignifying 4;dignitary 4;dignities 3;dignity 3;dipshit -4;dire -4;direful -6;' +
  'dirt -3;dirtier -3;dirtiest -5;dirty -4;disabling -4;disadvantage -4;disadvantaged -3;' +
  'disadvantageous -4;disadvantageously -4;disadvantageousness -3;disadvantages -3;disagree -3;' +
  'disagreeable -3;disagreeableness -3;disagreeablenesses -4;disagreeably -3;disagreed -3;disagreeing -3;' +
  'disagreement -3;disagreements -4;disagrees -3;disappear -2;disappeared -2;disappears -3;disappoint -3;' +
  'disappointed -4;disappointedly -3;disappointing -4;disappointingly -4;disappointment -5;' +
  'disappointments -4;disappoints -3;disaster -6;disasters -5;disastrous -6;disbelieve -2;discard -2;' +
  'discarded -3;discards -2;discomfort -4;discomfortable -3;discomforted -3;discomforting -3;' +
  'discomforts -3;disconsolate -5;disconsolation -3;discontented -4;discord -3;discourage -4;' +
  'discourageable -2;discouraged -3;discouragement -4;discouragements -4;discourager -3;discouragers -4;' +
  'discourages -4;discouraging -4;discouragingly -4;discredited -4;disdain -4;disgrace -4;disgraced -4;' +
  'disguise -2;disguised -2;disguises -2;disguising -3;disgust -6;disgusted -5;disgustedly -6;' +
  'disgustful -5;disgusting -5;disgustingly -6;disgusts -4;dishearten -4;disheartened -4;' +
  'disheartening -4;dishearteningly -4;disheartenment -5;disheartenments -4;disheartens -4;dishonest -5;' +
  'disillusion -2;disillusioned -4;disillusioning -3;disillusionment -3;disillusionments -3;' +
  'disillusions -3;disinclined -2;disjointed -3;dislike -3;disliked -3;dislikes -3;disliking -3;' +
  'dismal -6;dismay -4;dismayed -4;dismaying -4;dismayingly -4;dismays -4;disorder -3;disorganized -2;' +
  'disoriented -3;disparage -4;disparaged -3;disparages -3;disparaging -4;displeased -4;dispute -3;' +
  'disputed -3;disputes -2;disputing -3;disqualified -4;disquiet -3;disregard -2;disregarded -3;' +
  'disregarding -2;disregards -3;disrespect -4;disrespected -4;disruption -3;disruptions -3;' +
  'disruptive -3;dissatisfaction -4;dissatisfactions -4;dissatisfactory -4;dissatisfied -3;' +
  'dissatisfies -4;dissatisfy -4;dissatisfying -5;distort -3;distorted -3;distorting -2;distorts -3;' +
  'distract -2;distractable -3;distracted -3;distractedly -2;distractibility -3;distractible -3;' +
  'distracting -2;distractingly -3;distraction -3;distractions -2;distractive -3;distracts -3;' +
  'distraught -5;distress -5;distressed -4;distresses -3;distressful -4;distressfully -3;' +
  'distressfulness -5;distressing -3;distressingly -4;distrust -4;distrusted -5;distrustful -4;' +
  'distrustfully -4;distrustfulness -3;distrusting -4;distrusts -3;disturb -3;disturbance -3;' +
  'disturbances -3;disturbed -3;disturber -3;disturbers -4;disturbing -5;disturbingly -5;disturbs -4;' +
  'divination 3;divinations 2;divinatory 3;divine 5;divined 2;divinely 6;diviners 2;divines 2;divinest 5;' +
  'divining 2;divinities 4;divinity 5;divinize 5;dizzy -2;doa -5;dodgy -2;dolorous -4;dominance 2;' +
  'dominating -2;doom -3;doomed -6;doomful -4;dooming -6;dooms -2;doomsayers -3;doomsaying -3;' +
  'doomsayings -3;doomsday -6;doomsdayer -4;doomsdays -5;doomster -4;doomsters -3;doomy -2;dork -3;' +
  'dorkier -2;dorkiest -2;dorky -2;doubt -3;doubtable -3;doubted -2;doubter -3;doubters -3;doubtful -3;' +
  'doubtfully -2;doubtfulness -2;doubting -3;doubtingly -3;doubtless 2;doubtlessly 2;doubtlessness 2;' +
  'doubts -2;douche -3;douchebag -6;downcast -4;downhearted -5;downside -2;drag -2;drained -3;dread -4;' +
  'dreaded -5;dreadful -4;dreadfully -5;dreadfulness -6;dreadfuls -5;dreading -5;dreads -3;dream 2;' +
  'dreams 3;dreary -3;droopy -2;drop -2;drown -5;drowned -6;drowns -4;drunk -3;dubious -3;dud -2;dull -3;' +
  'dullard -3;dullards -4;dulled -3;duller -3;dullest -3;dulling -2;dullish -2;dullness -3;dullnesses -4;' +
  'dulls -2;dullsville -5;dully -2;dumb -5;dumbass -5;dumbbell -2;dumbed -3;dumber -3;dumbest -5;' +
  'dumbfounded -3;dumbfounder -2;dumbfounders -2;dumbfounding -2;dumbhead -5;dumbheads -4;dumbly -3;' +
  'dumbness -4;dumbs -3;dumbstruck -2;dump -3;dumped -3;dumper -2;dumpers -2;dumpier -3;dumpiest -3;' +
  'dumpiness -2;dumping -3;dumpings -2;dumpish -4;dumps -3;dumpsters -2;dumpy -3;dupe -3;duped -4;dx -6;' +
  'dynamic 3;dynamical 2;dynamically 3;dynamics 2;dynamism 3;dynamisms 2;dynamist 3;dynamistic 3;' +
  'dynamists 2;dynamited -2;dynamiter -2;dynamitic 2;dysfunction -4;eager 3;eagerly 3;eagerness 3;' +
  'eagers 3;earnest 5;ease 3;eased 2;easeful 3;easefully 3;easement 3;eases 3;easier 4;easiest 4;' +
  'easily 3;easiness 3;easing 2;easy 4;easygoing 3;easygoingness 3;ecstacy 7;ecstasies 5;ecstasy 6;' +
  'ecstatic 5;ecstatically 6;ecstatics 6;eerie -3;eery -2;effective 4;effectively 4;efficiencies 3;' +
  'efficiency 3;efficient 4;efficiently 3;effin -5;egotism -3;egotisms -2;egotist -5;egotistic -3;' +
  'egotistical -2;egotistically -4;egotists -3;elated 6;elation 3;elegance 4;elegances 4;elegancies 3;' +
  'elegancy 4;elegant 4;elegantly 4;embarrass -2;embarrassable -3;embarrassed -3;embarrassedly -2;' +
  'embarrasses -3;embarrassing -3;embarrassingly -3;embarrassment -4;embarrassments -3;embrace 3;' +
  'emergency -3;empathetic 3;emptiest -4;emptily -2;emptiness -4;emptinesses -3;empty -2;enchanted 3;' +
  'encourage 5;encouraged 3;encouragement 4;encouragements 4;encourager 3;encouragers 3;encourages 4;' +
  'encouraging 5;encouragingly 4;endorse 3;endorsed 2;endorsement 3;endorses 3;enemies -4;enemy -5;' +
  'energetic 4;energetically 4;energies 2;energise 4;energised 4;energises 4;energising 4;energization 3;' +
  'energizations 3;energize 4;energized 5;energizer 4;energizers 3;energizes 4;energizing 4;energy 2;' +
  'engage 3;engaged 3;engagement 4;engager 2;engagers 2;engages 2;engaging 3;engagingly 3;enjoy 4;' +
  'enjoyable 4;enjoyableness 4;enjoyably 4;enjoyed 5;enjoyer 4;enjoyers 4;enjoying 5;enjoyment 5;' +
  'enjoyments 4;enjoys 5;enlighten 5;enlightened 4;enlightening 5;enlightens 3;ennui -2;enrage -5;' +
  'enraged -3;enrages -4;enraging -6;enrapture 6;enslave -6;enslaved -3;enslaves -3;ensure 3;ensuring 2;' +
  'enterprising 5;entertain 3;entertained 3;entertainer 3;entertainers 2;entertaining 4;entertainingly 4;' +
  'entertainment 4;entertainments 5;entertains 5;enthuse 3;enthused 4;enthuses 3;enthusiasm 4;' +
  'enthusiasms 4;enthusiast 3;enthusiastic 4;enthusiastically 5;enthusiasts 3;enthusing 4;entitled 2;' +
  'entrusted 2;envied -2;envier -2;enviers -2;envies -2;envious -2;envy -2;envying -2;envyingly -3;' +
  'erroneous -4;error -3;errors -3;esteemed 4;ethical 5;euphoria 7;euphoric 6;eviction -4;evil -7;' +
  'evildoer -6;evildoers -5;evildoing -6;evildoings -5;eviler -4;evilest -5;eviller -6;evillest -7;' +
  'evilly -7;evilness -6;evils -5;exasperated -4;excel 4;excelled 4;excellence 6;excellences 5;' +
  'excellencies 5;excellency 5;excellent 5;excellently 6;excelling 5;excels 5;excitabilities 3;' +
  'excitability 2;excitable 3;excitableness 2;excitant 4;excitants 2;excitation 4;excitations 4;' +
  'excitatory 2;excite 4;excited 3;excitedly 5;excitement 4;excitements 4;exciter 4;exciters 3;excites 4;' +
  'exciting 4;excitingly 4;excitons 2;exclude -2;excluded -3;exclusion -2;excruciate -5;excruciated -3;' +
  'excruciates -2;excruciating -7;excruciatingly -6;excruciation -7;excruciations -4;exhaust -2;' +
  'exhausted -3;exhauster -3;exhausters -3;exhaustibility -2;exhaustible -2;exhausting -3;exhaustion -3;' +
  'exhaustions -2;exhaustiveness -2;exhaustlessness 2;exhausts -2;exhilarated 6;exhilarates 6;' +
  'exhilarating 3;exonerate 4;exonerated 4;exonerates 3;exonerating 2;expand 3;expel -4;expelled -2;' +
  'expelling -3;expels -3;exploited -4;exploiting -4;exploits -3;exploration 2;exposing -2;exuberant 6;' +
  'exultant 6;exultantly 3;ez 3;fab 4;fabulous 5;fabulousness 6;fad 2;fag -4;faggot -7;faggots -6;' +
  'fail -5;failed -5;failing -5;failingly -3;failings -4;fails -4;failure -5;failures -4;fair 3;faith 4;' +
  'faithed 3;faithful 4;faithfully 4;faithfulness 4;faithless -2;faithlessly -2;faithlessness -4;' +
  'faiths 4;fake -4;fakes -4;faking -4;fallen -3;falsified -3;falsify -4;fame 4;fan 3;fantastic 5;' +
  'fantastical 4;fantasticalities 4;fantasticality 3;fantasticalness 3;fantasticate 3;farce -3;' +
  'fascinate 5;fascinated 4;fascinates 4;fascinating 5;fascination 4;fascist -5;fascists -2;fatal -5;' +
  'fatalisms -3;fatalistic -2;fatalists -2;fatalities -6;fatality -7;fatally -6;fatigue -2;fatigued -3;' +
  'fatigues -3;fatiguing -2;fatiguingly -3;fault -3;faulted -3;faultfinder -2;faultfinders -3;' +
  'faultfinding -4;faultier -4;faultiest -4;faultily -4;faultiness -3;faulting -3;faultless 4;' +
  'faultlessly 4;faultlessness 2;faults -4;faulty -3;fav 4;fav 5;fave 4;favor 3;favorable 4;' +
  'favorableness 4;favorably 3;favored 4;favorer 3;favorers 3;favoring 4;favorite 4;favorited 3;' +
  'favorites 4;favors 2;favour 4;favoured 4;favourer 3;favourers 3;favouring 3;favours 4;fcol -4;fear -4;' +
  'feared -4;fearful -4;fearfuller -4;fearfullest -5;fearfully -4;fearfulness -4;fearing -5;fearless 4;' +
  'fearlessly 2;fearlessness 2;fears -4;fearsome -3;feeble -2;felonies -5;felony -5;ferociously -2;' +
  'ferociousness -2;ferocities -2;fervent 2;festival 4;festivalgoer 3;festivalgoers 2;festivals 3;' +
  'festive 4;festively 4;festiveness 5;festivities 4;festivity 4;feud -3;feudal -2;feudalism -2;' +
  'feudalist -2;feudalistic -2;feudalized -2;feudary -2;feuded -4;feuding -3;feudist -2;feuds -3;ff 4;' +
  'ffs -6;fiasco -5;fidgety -3;fiery -3;fiesta 4;fiestas 3;fight -3;fighting -3;fightings -4;fights -3;' +
  'fine 2;fire -3;fired -5;firing -3;fit 3;fitness 2;fkm -5;flattered 3;flatteries 2;flattering 3;' +
  'flatteringly 2;flawless 5;flawlessly 2;flexibilities 2;flexibility 3;flexible 2;flexibly 3;' +
  'flirtation 3;flirting 2;flop -3;flops -3;flu -3;flunk -3;flunked -4;flunker -4;flunkers -3;flunkey -4;' +
  'flunkies -3;flunking -3;flunks -4;flunky -4;flustered -2;foaf 4;focused 3;foe -4;foeman -4;foes -4;' +
  'foetid -5;foetor -6;foetors -4;fond 4;fondly 4;fondness 5;fool -4;fooled -3;fooleries -4;foolery -4;' +
  'foolfish -2;foolhardier -3;foolhardiest -3;foolhardily -2;foolhardiness -3;foolhardy -3;fooling -3;' +
  'foolish -2;foolisher -3;foolishest -3;foolishly -4;foolishness -4;foolishnesses -4;foolproof 3;' +
  'fools -4;foolscaps -2;forbid -3;forbiddance -3;forbiddances -2;forbidden -4;forbidder -3;' +
  'forbidders -3;forbidding -4;forbiddingly -4;forbids -3;forced -4;foreclosures -5;forgave 3;forget -2;' +
  'forgetful -2;forgivable 3;forgivably 3;forgive 2;forgiven 3;forgiveness 2;forgiver 3;forgivers 2;' +
  'forgives 3;forgiving 4;forgivingly 3;forgivingness 4;forgotten -2;fortunate 4;fought -3;foughten -4;' +
  'frantic -4;frantically -3;fraud -6;frauds -5;fraudster -5;fraudsters -5;fraudulence -5;fraudulent -4;' +
  'freak -4;freaked -2;freakier -3;freakiest -3;freakiness -3;freaking -4;freakish -4;freakishly -2;' +
  'freakishness -3;freakout -4;freakouts -3;freaky -3;free 5;freebased 2;freebases 2;freebee 3;' +
  'freebees 3;freebie 4;freebies 4;freebooter -3;freebooting -2;freeborn 2;freed 3;freedman 2;freedom 6;' +
  'freedoms 2;freedwoman 3;freedwomen 3;freeform 2;freehanded 3;freehearted 3;freeholds 2;freeing 4;' +
  'freelance 2;freelancer 2;freeload -4;freeloaded -3;freeloading -3;freeloads -3;freely 4;freeman 3;' +
  'freemen 3;freeness 3;freenesses 3;freer 2;freers 2;frees 2;freest 3;freestanding 2;freestylers 2;' +
  'freethinker 2;freethinkers 2;freethinking 2;freewheelingly 2;freewill 2;freewriting 2;freezingly -3;' +
  'frenzy -3;fresh 3;friend 4;friended 3;friending 4;friendless -3;friendlier 4;friendlies 4;' +
  'friendliest 5;friendlily 4;friendliness 4;friendly 4;friends 4;friendship 4;friendships 3;fright -3;' +
  'frighted -3;frighten -3;frightened -4;frightening -4;frighteningly -4;frightens -3;frightful -5;' +
  'frightfully -3;frightfulness -4;frighting -3;frights -2;frisky 2;frowning -3;frustrate -4;' +
  'frustrated -5;frustrates -4;frustrating -4;frustratingly -4;frustration -4;frustrations -4;ftw 4;' +
  'fu -7;fubar -6;fuck -5;fucked -7;fucker -7;fuckers -6;fuckface -6;fuckhead -6;fucks -4;fucktard -6;' +
  'fud -2;fuked -5;fuking -6;fulfill 4;fulfilled 4;fulfills 2;fume -2;fumed -4;fumers -2;fuming -5;fun 5;' +
  'funeral -3;funerals -3;funned 5;funner 4;funnest 6;funnier 3;funnies 3;funniest 5;funnily 4;' +
  'funniness 4;funninesses 3;funning 4;funny 4;funnyman 3;funnymen 3;furious -5;furiously -4;fury -5;' +
  'futile -4;fwb 5;fyi 2;gag -3;gagged -3;gain 5;gained 3;gaining 4;gains 3;gallant 3;gallantly 4;' +
  'gallantry 5;geek -2;generosities 5;generosity 5;generous 5;generously 4;generousness 5;genial 4;' +
  'gentle 4;gentler 3;gentlest 4;gently 4;gg 2;gga 3;ghost -3;gift 4;giggle 4;giggled 3;gigglers 3;' +
  'giggles 2;gigglier 2;giggliest 3;giggling 3;gigglingly 2;giggly 2;giver 3;givers 3;giving 3;gj 4;gl 3;' +
  'gla 5;glad 4;gladly 3;glamor 4;glamorise 3;glamorised 4;glamorises 4;glamorising 2;glamorization 3;' +
  'glamorize 3;glamorized 4;glamorizer 5;glamorizers 3;glamorizes 5;glamorizing 4;glamorous 5;' +
  'glamorously 4;glamors 3;glamour 5;glamourize 2;glamourless -3;glamourous 4;glamours 4;glee 6;' +
  'gleeful 6;gloom -5;gloomed -4;gloomful -4;gloomier -3;gloomiest -4;gloominess -4;gloominesses -2;' +
  'glooming -4;glooms -2;gloried 5;glories 4;glorification 4;glorified 5;glorifier 5;glorifiers 3;' +
  'glorifies 4;glorify 5;glorifying 5;gloriole 3;glorioles 2;glorious 6;gloriously 6;gloriousness 5;' +
  'glory 5;glum -4;gn 2;god 2;goddam -5;goddammed -5;goddamn -4;goddamned -4;goddamns -4;goddams -4;' +
  'godsend 6;good 4;goodness 4;gorgeous 6;gorgeously 5;gorgeousness 6;gorgeousnesses 4;gossiped -2;' +
  'gossiper -2;gossipers -2;gossiping -3;gossipmonger -2;gossipmongers -3;gossipped -3;gossipping -4;' +
  'gossipries -2;gossipry -2;gossips -3;gossipy -3;grace 4;graced 2;graceful 4;gracefuller 4;' +
  'gracefullest 6;gracefully 5;gracefulness 4;graces 3;gracile 3;gracility 2;gracing 3;gracioso 2;' +
  'gracious 5;graciously 5;graciousness 5;grand 4;grandee 2;grandees 2;grander 3;grandest 5;grandeur 5;' +
  'grandeurs 4;grant 3;granted 2;granting 3;grants 2;grateful 4;gratefuller 4;gratefully 4;' +
  'gratefulness 4;gratification 3;gratifications 4;gratified 3;gratifies 3;gratify 3;gratifying 5;' +
  'gratifyingly 4;gratings -2;gratitude 5;gratz 4;grave -3;graved -2;graveless -3;gravelled -2;' +
  'gravelly -2;gravely -3;graven -2;graveness -3;graver -2;gravers -2;graves -2;graveside -2;' +
  'gravesides -3;gravest -3;graveyard -2;graveyards -2;great 6;greater 3;greatest 6;greed -3;greedier -4;' +
  'greediest -6;greedily -4;greediness -3;greeds -2;greedy -3;greenwash -4;greet 3;greeted 2;greeting 3;' +
  'greetings 4;grief -4;grievance -4;grievances -3;grievant -2;grievants -2;grieve -3;grieved -4;' +
  'griever -4;grieves -4;grieving -5;grievous -4;grievously -3;grievousness -5;grim -5;grimace -2;' +
  'grimaced -4;grimaces -4;grimacing -3;grimalkin -2;grimalkins -2;grime -3;grimed -2;grimes -2;' +
  'grimier -3;griminess -3;grimly -3;grimmer -3;grimmest -2;grimness -2;grimy -4;grin 4;grinned 2;' +
  'grinner 2;grinners 3;grinning 3;grins 2;gross -4;grosses -2;grossest -4;grossly -2;grossness -4;' +
  'grouch -4;grouched -2;grouches -2;grouchier -4;grouchiest -5;grouchily -3;grouchiness -4;grouching -3;' +
  'grouchy -4;growth 3;gt 2;guarantee 2;guilt -2;guiltier -4;guiltiest -3;guiltily -2;guiltiness -4;' +
  'guiltless 2;guilts -3;guilty -4;gullibility -3;gullible -3;gun -3;ha 3;hacked -3;hagd 4;hagn 4;hago 2;' +
  'haha 4;hahaha 5;hahas 4;hailed 2;hak 4;hallelujah 6;hand 4;handsome 4;handsomely 4;handsomeness 5;' +
  'handsomer 4;handsomest 5;hapless -3;haplessness -3;happier 5;happiest 6;happily 5;happiness 5;' +
  'happing 2;happy 5;harass -4;harassed -5;harasser -5;harassers -6;harasses -5;harassing -5;' +
  'harassment -5;harassments -5;hardship -3;hardy 3;harm -5;harmed -4;harmfully -5;harmfulness -5;' +
  'harming -5;harmless 2;harmlessly 3;harmlessness 2;harmonic 4;harmonically 4;harmonicists 2;' +
  'harmonics 3;harmonies 3;harmonious 4;harmoniously 4;harmoniousness 4;harmonise 4;harmonised 3;' +
  'harmonising 3;harmonium 2;harmoniums 2;harmonization 4;harmonizations 2;harmonize 3;harmonized 3;' +
  'harmonizer 3;harmonizers 3;harmonizes 3;harmonizing 3;harmony 3;harms -4;harried -3;harsh -4;' +
  'harsher -4;harshest -6;hate -5;hated -6;hateful -4;hatefully -5;hatefulness -7;hater -4;haters -4;' +
  'hates -4;hating -5;hatred -6;haunt -3;haunted -4;haunting -2;haunts -2;havoc -6;healthy 3;' +
  'heartbreak -5;heartbreaker -4;heartbreakers -4;heartbreaking -4;heartbreakingly -4;heartbreaks -4;' +
  'heartbroken -7;heartfelt 5;heartless -4;heartlessly -6;heartlessness -6;heartwarming 4;heaven 5;' +
  'heavenlier 6;heavenliest 5;heavenliness 5;heavenlinesses 5;heavenly 6;heavens 3;heavenward 3;' +
  'heavenwards 2;heavyhearted -4;hell -7;hellish -6;help 3;helper 3;helpers 2;helpful 4;helpfully 5;' +
  'helpfulness 4;helping 2;helpless -4;helplessly -3;helplessness -4;helplessnesses -3;helps 3;hero 5;' +
  'heroes 5;heroic 5;heroical 6;heroically 5;heroicomic 2;heroicomical 2;heroics 5;heroin -4;heroine 5;' +
  'heroines 4;heroinism -4;heroism 6;heroisms 4;heroize 4;heroized 4;heroizes 4;heroizing 4;heros 3;' +
  'hesitance -2;hesitancies -2;hesitancy -2;hesitant -2;hesitantly -2;hesitate -2;hesitated -3;' +
  'hesitater -3;hesitaters -3;hesitates -3;hesitating -3;hesitatingly -3;hesitation -2;hesitations -2;' +
  'hhoj 4;hhok 2;hiding -2;highlight 3;hilarious 3;hindrance -3;hoax -2;holiday 3;holidays 3;' +
  'homesickness -4;homesicknesses -4;honest 5;honester 4;honestest 6;honesties 4;honestly 4;honesty 4;' +
  'honor 4;honorability 4;honorable 5;honorableness 4;honorably 5;honoraries 3;honorarily 4;' +
  'honorariums 2;honorary 3;honored 6;honoree 4;honorees 5;honorer 3;honorers 3;honorific 3;' +
  'honorifically 4;honorifics 3;honoring 5;honors 5;honour 5;honourable 4;honoured 4;honourer 4;' +
  'honourers 3;honouring 4;honours 4;hooligan -3;hooliganism -4;hooligans -2;hooray 5;hope 4;hoped 3;' +
  'hopeful 5;hopefully 3;hopefulness 3;hopeless -4;hopelessly -4;hopelessness -6;hopes 4;hoping 4;' +
  'horrendous -6;horrendously -4;horrent -2;horrible -5;horribleness -5;horribles -4;horribly -5;' +
  'horrid -5;horridly -3;horridness -5;horridnesses -6;horrific -7;horrifically -6;horrified -5;' +
  'horrifies -6;horrify -5;horrifying -5;horrifyingly -7;horror -5;horrors -5;hostile -3;hostilely -4;' +
  'hostiles -3;hostilities -4;hostility -5;huckster -2;hug 4;huge 3;huggable 3;hugged 3;hugger 3;' +
  'huggers 4;hugging 4;hugs 4;hugz 4;humerous 3;humiliate -5;humiliated -3;humiliates -2;humiliating -2;' +
  'humiliatingly -5;humiliation -5;humiliations -5;humor 2;humored 2;humoresque 2;humoresques 2;' +
  'humoring 4;humorist 2;humoristic 3;humorists 3;humorless -3;humorlessness -3;humorous 3;humorously 5;' +
  'humorousness 5;humors 3;humour 4;humoured 2;humouring 3;humourous 4;hunger -2;hurrah 5;hurrahed 4;' +
  'hurrahing 5;hurrahs 4;hurray 5;hurrayed 4;hurraying 2;hurrays 5;hurt -5;hurter -5;hurters -4;' +
  'hurtful -5;hurtfully -5;hurtfulness -4;hurting -3;hurtles -2;hurtling -3;hurts -4;hypocritical -4;' +
  'hysteria -4;hysterics -4;ideal 5;idealess -4;idealise 3;idealised 4;idealises 4;idealism 3;' +
  'idealisms 2;idealist 3;idealistic 4;idealistically 3;idealities 3;ideality 4;idealization 4;' +
  'idealizations 3;idealize 2;idealized 4;idealizer 3;idealizers 4;idealizes 4;idealizing 3;idealless -3;' +
  'ideally 4;idealogy 2;ideals 2;idiot -5;idiotic -5;ignorable -2;ignorami -4;ignoramus -4;' +
  'ignoramuses -5;ignorance -3;ignorances -2;ignorant -2;ignorantly -3;ignorantness -2;ignore -3;' +
  'ignored -3;ignorer -3;ignores -2;ignoring -3;ill -4;illegal -5;illiteracy -4;illness -3;illnesses -4;' +
  'ilu 7;iluaaf 5;ily 7;imbecile -4;immobilized -2;immoral -4;immoralism -3;immoralist -4;immoralists -3;' +
  'immoralities -2;immorally -4;immortal 2;immune 2;impatience -4;impatient -2;impatiently -3;' +
  'imperfect -3;impersonal -3;impolite -3;impolitely -4;impoliteness -4;impolitenesses -5;importance 3;' +
  'importancy 3;important 2;importantly 3;impose -2;impotent -2;impress 4;impressed 4;impresses 4;' +
  'impressibility 2;impressible 2;impressing 5;impression 2;impressionism 2;impressionist 2;' +
  'impressionistic 3;impressionistically 3;impressions 2;impressive 5;impressively 4;impressiveness 3;' +
  'imprisoned -4;improve 4;improved 4;improvement 4;improvements 3;improver 4;improvers 3;improves 4;' +
  'improving 4;inability -3;inaction -2;inadequacies -3;inadequacy -3;inadequate -3;inadequately -2;' +
  'inadequateness -3;inadequatenesses -3;incapable -3;incapacitated -4;incensed -4;incentive 3;' +
  'incentives 3;incompetence -5;incompetent -4;inconsiderate -4;inconvenience -3;inconvenient -3;' +
  'increase 3;increased 2;indecision -2;indecisions -2;indecisive -2;indecisiveness -3;' +
  'indecisivenesses -2;indifferent -2;indignant -4;indignation -5;indoctrinate -3;ineffectively -3;' +
  'ineffectiveness -3;ineffectual -2;ineffectuality -3;ineffectually -2;ineffectualness -3;infected -4;' +
  'inferior -3;inferiorities -4;inferiority -2;inferiorly -4;inflamed -3;influential 4;infringement -4;' +
  'infuriate -4;infuriated -6;infuriates -5;infuriating -5;inhibit -3;inhibition -3;inhibitions -2;' +
  'inhibitive -3;inhibitors -2;inhibitory -2;inhibits -2;injured -3;injury -4;injustice -5;innocence 3;' +
  'innocency 4;innocent 3;innocenter 2;innocently 3;innocents 2;innovate 4;innovates 4;innovation 3;' +
  'innovative 4;inquisition -2;insane -3;insanity -5;insecure -4;insecurely -3;insecureness -4;' +
  'insecurities -4;insecurity -4;insensitive -2;insensitivity -4;insignificant -3;insincere -4;' +
  'insincerely -4;insincerity -3;insipid -4;inspiration 5;inspirational 5;inspirationally 5;' +
  'inspirations 4;inspirator 4;inspirators 2;inspiratory 3;inspire 5;inspired 4;inspirer 4;inspirers 4;' +
  'inspires 4;inspiring 4;inspiringly 5;inspirit 4;inspirited 3;inspiriting 4;inspiritingly 4;' +
  'inspirits 2;insult -5;insulted -5;insulter -4;insulters -4;insulting -4;insultingly -5;insults -4;' +
  'intact 2;integrity 3;intellect 4;intellections 2;intellective 3;intellectively 2;intellects 4;' +
  'intellectual 5;intellectualism 4;intellectualist 4;intellectualistic 3;intellectualists 2;' +
  'intellectualities 3;intellectuality 3;intellectualization 3;intellectualize 3;intellectualized 2;' +
  'intellectualizes 4;intellectualizing 2;intellectually 3;intellectualness 3;intellectuals 3;' +
  'intelligence 4;intelligencer 3;intelligencers 3;intelligences 3;intelligent 4;intelligential 4;' +
  'intelligently 4;intelligentsia 3;intelligibility 3;intelligible 3;intelligibleness 3;intelligibly 2;' +
  'interest 4;interested 3;interestedly 3;interesting 3;interestingly 3;interestingness 4;interests 2;' +
  'interrogated -3;interrupt -3;interrupted -2;interrupter -2;interrupters -3;interruptible -3;' +
  'interrupting -2;interruption -3;interruptions -3;interruptive -3;interruptor -3;interrupts -3;' +
  'intimidate -2;intimidated -4;intimidates -3;intimidating -4;intimidatingly -2;intimidation -4;' +
  'intimidations -3;intimidator -3;intimidators -3;intimidatory -2;intrigues 2;invigorate 4;' +
  'invigorated 2;invigorates 4;invigorating 4;invigoratingly 4;invigoration 3;invigorations 2;' +
  'invigorator 2;invigorators 2;invincible 4;inviting 3;invulnerable 3;irate -6;irrational -3;' +
  'irrationalism -3;irrationalist -4;irrationalists -3;irrationalities -3;irrationality -3;' +
  'irrationally -3;irrationals -2;irresistible 3;irresolute -3;irresponsible -4;irreversible -2;' +
  'irritabilities -3;irritability -3;irritable -4;irritableness -3;irritably -4;irritant -5;irritants -4;' +
  'irritate -4;irritated -4;irritates -3;irritating -4;irritatingly -4;irritation -5;irritations -3;' +
  'irritative -4;isolate -2;isolated -3;isolates -3;isolation -3;itchy -2;iyq 5;jackass -4;jackasses -6;' +
  'jaded -3;jailed -4;jaunty 2;jealous -4;jealousies -4;jealously -4;jealousness -3;jealousy -3;jealz -2;' +
  'jeopardy -4;jerk -3;jerked -2;jerks -2;jewel 3;jewels 4;jho 2;jhomf 2;jj 2;jk 2;jocular 2;join 2;' +
  'joke 2;joked 3;jokes 2;jokester 3;jokesters 2;jokey 2;joking 2;jollied 5;jollier 5;jollies 4;' +
  'jolliest 6;jollification 4;jollifications 4;jollify 4;jollily 5;jolliness 5;jollities 3;jollity 4;' +
  'jolly 5;jollying 5;jovial 4;joy 6;joyance 5;joyed 6;joyful 6;joyfuller 5;joyfully 5;joyfulness 5;' +
  'joying 5;joyless -5;joylessly -3;joylessness -5;joyous 6;joyously 6;joyousness 6;joyride 2;' +
  'joyriders 3;joyrides 2;joyriding 2;joyrode 2;joys 4;jp 2;jt 2;jubilant 6;jumpy -2;justice 5;' +
  'justifiably 2;justified 3;jw 3;keen 3;keenest 4;keenly 2;keenness 3;kewl 3;kfy 5;kia -6;kill -7;' +
  'killdeer -2;killed -7;killer -7;killers -7;killing -7;killingly -5;killings -7;killjoy -4;killjoys -3;' +
  'kills -5;kind 5;kinder 4;kindly 4;kindness 4;kindnesses 5;kiss 4;kissable 4;kissably 4;kissed 3;' +
  'kisser 3;kissers 3;kisses 5;kissing 5;kissy 4;kk 3;kmuf 4;kudos 5;lack -3;lackadaisical -3;lag -3;' +
  'lagged -2;lagging -2;lags -3;lame -4;lamebrain -3;lamebrained -5;lamebrains -2;lamely -4;lameness -2;' +
  'lament -4;lamentable -3;lamentableness -3;lamentably -3;lamentation -3;lamentations -4;lamented -3;' +
  'lamenter -2;lamenting -4;laments -3;lamer -3;lames -2;lamest -3;laoj 3;laugh 5;laughableness 2;' +
  'laughably 2;laughed 4;laugher 3;laughers 3;laughing 4;laughingly 5;laughings 4;laughingstocks -3;' +
  'laughs 4;laughter 4;laughters 4;lawl 3;lawsuit -2;lazier -5;laziest -5;lazy -3;leak -3;leaked -3;' +
  'leet 3;lenient 2;lethargic -2;lethargy -3;liabilities -2;liability -2;liar -5;liars -5;libelous -4;' +
  'libertarian 2;liberties 5;libertine -2;libertinisms 2;liberty 5;lied -3;lies -4;lifesaver 6;' +
  'lighthearted 4;like 3;likeable 4;liked 4;likes 4;liking 3;limitation -2;limited -2;litigation -2;' +
  'litigious -2;livelier 3;liveliest 4;livelihood 2;livelihoods 2;livelily 4;liveliness 3;livelong 3;' +
  'lively 4;livid -5;lmao 4;lmao 6;lmbao 4;lmfao 5;lmso 5;loathe -4;loathed -4;loathes -4;loathing -5;' +
  'lol 4;lol 6;lolz 5;lone -2;lonelier -3;loneliest -5;loneliness -4;lonelinesses -3;lonely -3;' +
  'loneness -2;loner -3;loners -2;lonesome -3;lonesomely -3;lonesomeness -4;lonesomes -3;loom -2;' +
  'loomed -2;loose -3;lose -3;loser -5;losers -5;loses -3;losing -3;loss -3;losses -3;lossy -2;lost -3;' +
  'louse -3;loused -2;louses -3;lousier -4;lousiest -5;lousily -2;lousiness -3;lousing -2;lousy -5;' +
  'lovable 6;love 6;loved 6;lovelies 4;lovely 6;lover 6;loverly 6;lovers 5;loves 5;loving 6;lovingly 6;' +
  'lovingness 5;low -2;lowball -2;lowballed -3;lowballs -2;lowbred -5;lowbrow -4;lowdown -2;lowed -2;' +
  'lower -2;lowering -2;lowermost -3;lowery -4;lowest -3;lowish -2;lowlier -3;lowliest -4;lowlife -3;' +
  'lowlifes -4;lowlight -4;lowliness -2;lowlinesses -2;lowlives -4;lowly -2;lown 2;lowness -3;lows -2;' +
  'loyal 4;loyalism 2;loyalisms 2;loyalist 3;loyalists 2;loyally 4;loyalties 4;loyalty 5;lts 3;luck 4;' +
  'lucked 4;luckie 3;luckier 4;luckiest 6;luckily 5;luckiness 2;lucking 2;luckless -3;lucks 3;lucky 4;' +
  'ludicrous -3;ludicrousness -4;lugubrious -4;lulz 4;lunatic -4;lunatics -3;lurk -2;lurks -2;ly 5;lya 7;' +
  'lyb 6;lying -5;lyl 6;lylab 5;lylas 5;lylb 3;mad -4;maddening -4;madder -2;maddest -6;madly -3;' +
  'madness -4;magnific 5;magnifical 5;magnifically 5;magnification 2;magnifications 2;magnificence 5;' +
  'magnificences 5;magnificent 6;magnificently 7;magnifico 4;magnificoes 3;maniac -4;maniacally -3;' +
  'maniacs -2;manipulated -3;manipulating -3;manipulation -2;marvel 4;marvelous 6;marvels 4;masochism -3;' +
  'masochisms -2;masochist -3;masochistic -4;masochistically -3;masochists -2;masterpiece 6;' +
  'masterpieces 5;mature 4;meaningful 3;meaningless -4;medal 4;meditative 3;melancholiac -4;' +
  'melancholias -3;melancholics -2;melancholies -2;melancholy -4;menace -4;menaced -3;mercy 3;merit 4;' +
  'merited 3;meriting 2;meritocrats 2;meritorious 4;meritoriously 3;meritoriousness 3;merits 3;merrier 3;' +
  'merriest 5;merrily 5;merriment 5;merriments 4;merriness 4;merry 5;merrymaker 4;merrymakers 3;' +
  'merrymaking 4;merrymakings 5;merrythought 2;merrythoughts 3;mess -3;messed -3;messy -3;mia -2;' +
  'mindless -4;miracle 6;mirth 5;mirthful 5;mirthfully 4;misbehave -4;misbehaved -3;misbehaves -3;' +
  'misbehaving -3;mischief -3;mischiefs -2;miser -4;miserable -4;miserableness -6;miserably -4;' +
  'miserere -2;miseries -5;miserliness -5;miserly -3;misers -3;misery -5;misgiving -3;misinformation -3;' +
  'misinformed -3;misinterpreted -3;misleading -3;misread -2;misreporting -3;misrepresentation -4;' +
  'missed -2;misses -2;missing -2;mistakable -2;mistake -3;mistaken -3;mistakenly -2;mistaker -3;' +
  'mistakers -3;mistakes -3;mistaking -2;misunderstand -3;misunderstanding -4;misunderstands -3;' +
  'misunderstood -3;mlm -3;mml 4;mock -4;mocked -3;mocker -2;mockeries -3;mockers -3;mockery -3;' +
  'mocking -3;mocks -4;mofo -5;molest -4;molestation -4;molestations -6;molested -4;molester -5;' +
  'molesters -4;molesting -6;molests -6;mongering -2;monopolize -2;monopolized -2;monopolizes -2;' +
  'mooch -3;mooched -3;moocher -3;moochers -4;mooches -3;mooching -3;moodier -2;moodiest -4;moodily -3;' +
  'moodiness -3;moodinesses -3;moody -3;mope -4;moping -2;moron -4;moronic -5;moronically -3;moronity -2;' +
  'morons -3;motherfucker -7;motherfucking -6;motivate 3;motivated 4;motivating 4;motivation 3;mourn -4;' +
  'mourned -3;mourner -3;mourners -4;mournful -3;mournfuller -4;mournfully -3;mournfulness -4;' +
  'mourning -4;mourningly -5;mourns -5;muah 5;muah 6;mubar -2;mumpish -3;murder -7;murdered -7;' +
  'murderee -6;murderees -6;murderer -7;murderers -7;murderess -4;murderesses -5;murdering -7;' +
  'murderous -6;murderously -6;murderousness -6;murders -6;musm 2;mwah 5;nag -3;nagana -3;nagged -3;' +
  'nagger -4;naggers -3;naggier -3;naggiest -5;nagging -3;naggingly -2;naggy -3;nags -2;naive -2;' +
  'nastier -5;nasties -4;nastiest -5;nastily -4;nastiness -2;nastinesses -5;nasty -5;natural 3;nbd 3;' +
  'neat 4;neaten 2;neatened 4;neatening 3;neatens 2;neater 2;neatest 3;neatly 3;neatness 3;neats 2;' +
  'needy -3;negative -5;negativity -5;neglect -4;neglected -5;neglecter -3;neglecters -3;neglectful -4;' +
  'neglectfully -4;neglectfulness -4;neglecting -3;neglects -4;nerd -2;nervous -2;nervousness -2;' +
  'neurotic -3;neurotically -4;neuroticism -2;nfc -5;nfw -5;nh 4;nice 4;nicely 4;niceness 3;nicenesses 4;' +
  'nicer 4;nicest 4;niceties 3;nicety 2;nifty 3;niggas -3;nigger -7;nimby -2;nimy -3;nitl -3;nme -4;' +
  'no -2;noble 4;nonsense -3;nosey -2;notorious -4;novel 3;np 3;ntmu 3;numb -3;numbed -2;numbest -2;' +
  'numbing -2;numbingly -3;numbly -3;numbness -2;numbskull -5;numbskulls -4;nurtural 3;nurturance 3;' +
  'nurturances 3;nurturant 3;nurture 3;nurtured 4;nurturer 4;nurturers 2;nurtures 4;nurturing 4;nuts -3;' +
  'obliterate -6;obliterated -4;obnoxious -4;obnoxiously -5;obnoxiousness -4;obscene -6;obsess -2;' +
  'obsesses -2;obsessing -3;obsession -3;obsessional -3;obsessionally -3;obsessions -2;obsessive -2;' +
  'obsessiveness -2;obsolete -2;obstacle -3;obstacles -3;obstinate -2;odd -3;offence -2;offences -3;' +
  'offend -2;offended -2;offender -3;offenders -3;offending -5;offends -4;offense -2;offenses -3;' +
  'offensive -4;offensively -6;offensiveness -5;offensives -2;ok 2;ok 3;okay 2;okays 4;ominous -3;' +
  'once-in-a-lifetime 4;openness 3;opportune 3;opportunely 3;opportuneness 2;opportunistically 2;' +
  'opportunities 3;opportunity 4;oppressed -4;oppressive -3;optimal 3;optimality 4;optimally 3;' +
  'optimisation 3;optimisations 4;optimise 4;optimised 3;optimises 3;optimising 3;optimism 5;optimisms 4;' +
  'optimist 5;optimistic 3;optimistically 4;optimists 3;optimization 3;optimizations 2;optimize 4;' +
  'optimized 4;optimizer 3;optimizers 4;optimizes 4;optimizing 4;optionless -3;original 3;outcry -5;' +
  'outgoing 2;outrage -5;outraged -5;outrageous -4;outrageously -2;outrageousness -2;outrageousnesses -3;' +
  'outrages -5;outraging -4;outreach 2;outstanding 6;overjoyed 5;overload -3;overreact -2;overreacted -3;' +
  'overreacts -4;oversell -2;overselling -2;overstatement -2;overweight -3;overwhelms -2;pain -5;' +
  'pained -4;painful -4;painfuller -3;painfully -5;painfulness -5;paining -3;painless 2;painlessly 2;' +
  'pains -4;palatable 3;palatableness 2;palatably 2;panic -5;panicked -4;panicking -4;panicky -3;' +
  'panics -4;paradise 6;paranoia -2;paranoiac -3;paranoias -3;paranoid -2;paranoids -3;pardon 3;' +
  'pardoned 2;pardoning 3;pardons 2;partied 3;partier 3;parties 3;party 3;partyer 2;partyers 2;' +
  'partying 3;passion 4;passional 3;passionate 5;passionately 5;passionateness 5;passionless -4;' +
  'passions 4;passive 2;pathetic -5;pathetical -2;pathetically -4;peace 5;peaceable 3;peaceableness 4;' +
  'peaceably 4;peaceful 4;peacefuller 4;peacefullest 6;peacefully 5;peacefulness 4;peacekeeper 3;' +
  'peacekeepers 3;peacekeeping 4;peacekeepings 3;peacemaker 4;peacemakers 5;peacemaking 3;peacenik 2;' +
  'peaces 4;peacetime 4;peacetimes 4;penalty -4;perfect 5;perfecta 3;perfected 5;perfecter 4;' +
  'perfecters 3;perfectest 6;perfectibilities 4;perfectibility 4;perfectible 3;perfecting 5;perfection 5;' +
  'perfectionism 3;perfectionist 3;perfections 5;perfective 2;perfectively 4;perfectiveness 2;' +
  'perfectives 2;perfectivity 4;perfectly 6;perfectness 6;perfecto 3;perfects 3;peril -3;perjury -4;' +
  'perpetrator -4;perpetrators -2;perplexed -3;persecute -4;persecuted -3;persecutes -2;persecuting -3;' +
  'perturbed -3;perverse -4;perversely -4;perverseness -4;perversion -3;perversions -2;perversities -2;' +
  'perversity -5;perversive -4;pervert -5;perverted -5;pervertedly -2;pervertedness -2;perverter -3;' +
  'perverting -2;perverts -6;pesky -2;pessimism -3;pessimisms -4;pessimist -3;pessimistic -3;' +
  'pessimistically -4;pessimists -2;petrifaction -4;petrified -5;petrifies -5;petrify -3;petrifying -5;' +
  'pettiest -3;petty -2;phobia -3;phobias -4;phobic -2;phobics -3;picturesque 3;pileup -2;pique -2;' +
  'piss -3;pissant -3;pissants -5;pissed -6;pisser -4;pissers -3;pisses -3;pissing -3;pissoir -2;pita -5;' +
  'piteous -2;pitiable -2;pitiableness -2;pitiably -2;pitied -3;pitier -2;pitiers -3;pities -2;' +
  'pitiful -4;pitifuller -4;pitifullest -2;pitifully -2;pitifulness -2;pitiless -4;pitilessly -4;pity -2;' +
  'pitying -3;pityingly -2;pityriasis -2;play 3;played 3;playful 4;playfully 3;playfulness 2;playing 2;' +
  'plays 2;pleasant 5;pleasanter 3;pleasantest 5;pleasantly 4;pleasantness 5;pleasantnesses 5;' +
  'pleasantries 3;pleasantry 4;please 3;pleased 4;pleaser 3;pleasers 2;pleases 3;pleasing 5;' +
  'pleasurability 4;pleasurable 5;pleasurableness 5;pleasurably 5;pleasure 5;pleasured 5;pleasureless -3;' +
  'pleasures 4;pleasuring 6;pmbi 2;po -5;poised 2;poison -5;poisoned -4;poisoner -5;poisoners -6;' +
  'poisoning -6;poisonings -5;poisonous -5;poisonously -6;poisons -5;poisonwood -2;pollute -5;' +
  'polluted -4;polluter -4;polluters -4;pollutes -4;poor -4;poorer -3;poorest -5;popular 4;popularise 3;' +
  'popularised 2;popularising 2;popularities 3;popularity 4;popularization 3;popularizations 2;' +
  'popularize 3;popularized 4;popularizer 4;popularizers 2;popularizes 3;popularizing 3;popularly 4;' +
  'positive 5;positively 5;positiveness 5;positivenesses 4;positiver 5;positives 5;positivest 6;' +
  'positivism 3;positivisms 4;positivist 4;positivistic 4;positivists 3;positivities 5;positivity 5;' +
  'possessive -2;postpone -2;postponed -2;postpones -2;poverty -5;powerful 4;powerless -4;praise 5;' +
  'praised 4;praiser 4;praisers 4;praises 5;praiseworthily 4;praiseworthiness 5;praiseworthy 5;' +
  'praising 5;pray 3;praying 3;prays 3;prblm -3;prblms -5;precious 5;preciously 4;preciousness 4;' +
  'prejudice -5;prejudiced -4;prejudices -4;prejudicial -5;prejudicially -3;prejudicialness -5;' +
  'prejudicing -4;prepared 2;pressure -2;pressured -2;pressureless 2;pressures -3;pressuring -3;' +
  'pressurises -2;prettied 3;prettier 4;pretties 3;prettiest 5;pretty 4;prick -3;pricking -2;prickle -2;' +
  'prickles -2;pricklier -3;prickliest -3;prickling -2;prickly -2;pricks -2;pride 3;prison -5;' +
  'prisoner -5;prisoners -5;privilege 3;privileged 4;privileges 3;prize 5;prized 5;prizefighter 2;' +
  'prizer 2;prizers 2;prizes 4;prizewinner 5;prizewinners 5;prizewinning 6;proactive 4;problem -3;' +
  'problematic -4;problematical -4;problematically -4;problematics -3;problems -3;profit 4;' +
  'profitabilities 2;profitability 2;profitable 4;profitableness 5;profitably 3;profited 3;profiteer 2;' +
  'profiting 3;profitless -3;profits 4;profitwise 2;progress 4;prominent 3;promiscuities -2;' +
  'promiscuity -4;promiscuously -3;promiscuousness -2;promise 3;promised 3;promisee 2;promisees 2;' +
  'promiser 3;promisers 3;promises 3;promising 3;promisingly 2;promisor 2;promissory 2;promote 3;' +
  'promoted 4;promotes 3;promoting 3;propaganda -2;prosecute -3;prosecuted -3;prosecutes -4;' +
  'prosecution -4;prospect 2;prospects 2;prosperous 4;protect 3;protected 4;protects 3;protest -2;' +
  'protesters -2;protesting -4;protests -2;proud 4;prouder 4;proudest 5;proudful 4;proudhearted 3;' +
  'proudly 5;provoke -3;provoked -2;provokes -3;provoking -2;pseudoscience -2;ptl 5;pu -2;puke -5;' +
  'puked -4;pukes -4;puking -4;pukka 6;punish -5;punishabilities -3;punishability -3;punishable -4;' +
  'punished -4;punisher -4;punishers -5;punishes -4;punishing -5;punishment -4;punishments -4;' +
  'punitive -5;pushy -2;qq -4;qt 4;quaking -3;questionable -2;racism -6;racist -6;racists -5;radiance 3;' +
  'radiances 2;radiancies 2;radiancy 3;radiant 4;radiantly 3;radiants 2;rage -5;raged -4;rageful -6;' +
  'rages -4;raging -5;rancid -5;rancidity -5;rancidly -5;rancidness -5;rancidnesses -3;rant -3;ranter -2;' +
  'ranters -2;rants -3;rape -7;raped -7;raper -7;rapers -7;rapes -7;raping -8;rapist -8;rapists -7;' +
  'raptured 2;rapturous 3;rash -3;reaching 2;readiness 2;ready 3;reassurance 3;reassurances 3;reassure 3;' +
  'reassured 3;reassures 3;reassuring 3;reassuringly 4;rebeldom -3;rebelled -2;rebelling -2;' +
  'rebellions -2;rebellious -2;rebelliously -4;rebelliousness -2;rebels -2;recession -4;reckless -3;' +
  'recommend 3;recommended 2;recommends 2;redeemed 3;reek -5;reeked -4;reeker -3;reekers -3;reeking -4;' +
  'refuse -2;refused -2;refusing -3;regret -4;regretful -4;regretfully -4;regretfulness -3;regrets -3;' +
  'regrettable -5;regrettably -4;regretted -3;regretter -3;regretters -4;regretting -3;reinvigorate 5;' +
  'reinvigorated 4;reinvigorates 4;reinvigorating 3;reinvigoration 4;reject -3;rejected -5;rejectee -5;' +
  'rejectees -4;rejecter -3;rejecters -4;rejecting -4;rejectingly -3;rejection -5;rejections -4;' +
  'rejective -4;rejector -4;rejects -4;rejoice 4;rejoiced 4;rejoices 4;rejoicing 6;relax 4;relaxant 2;' +
  'relaxation 5;relaxations 2;relaxed 4;relaxedly 3;relaxedness 4;relaxer 3;relaxers 3;relaxes 3;' +
  'relaxin 3;relaxing 4;relaxins 2;relief 4;reliefs 3;relievable 2;relieve 3;relieved 3;relievedly 3;' +
  'reliever 3;relievers 2;relieves 3;relieving 3;relievo 3;relishing 3;reluctance -3;reluctancy -3;' +
  'reluctant -2;remarkable 5;remorse -2;remorseful -2;remorseless -5;remorselessly -4;remorselessness -6;' +
  'repetitive -2;repress -3;repressed -3;represses -3;repressible -3;repressing -4;repression -3;' +
  'repressions -3;repressive -3;repressively -3;repressiveness -2;repressor -3;repressors -4;repulse -6;' +
  'repulsed -4;rescue 5;rescued 4;rescues 3;resented -3;resentence -2;resentenced -2;resentful -4;' +
  'resentfully -3;resentfulness -4;resenting -2;resentment -4;resentments -4;resents -2;resign -3;' +
  'resignation -2;resignations -2;resigned -2;resignedness -2;resigner -2;resigners -2;resigning -2;' +
  'resigns -3;resolute 2;resolvable 2;resolve 3;resolvers 3;resolving 3;respect 4;respectabilities 4;' +
  'respectability 5;respectable 4;respectableness 2;respectably 3;respected 4;respecter 4;respecters 3;' +
  'respectful 4;respectfully 3;respectfulness 4;respectfulnesses 3;respecting 4;respective 4;' +
  'respectively 3;respectiveness 2;respects 3;responsible 3;responsive 3;restful 3;restless -2;' +
  'restlessly -3;restlessness -2;restore 2;restored 3;restores 2;restoring 2;restrict -3;restricted -3;' +
  'restricting -3;restriction -2;restricts -3;retard -5;retarded -5;retreat 2;revenge -5;revenged -2;' +
  'revengeful -5;revengefully -3;revengefulness -4;revenger -4;revengers -4;revenges -4;revered 5;' +
  'revive 3;revives 3;reward 5;rewardable 4;rewarded 4;rewarder 3;rewarders 4;rewarding 5;rewardingly 5;' +
  'rewards 4;rich 5;richened 4;richening 2;richens 2;richer 5;riches 5;richest 5;richly 4;richness 4;' +
  'richnesses 4;ridicule -4;ridiculed -3;ridiculer -3;ridiculers -3;ridicules -4;ridiculing -4;' +
  'ridiculous -3;ridiculously -3;ridiculousness -2;ridiculousnesses -3;rigged -3;rigidification -2;' +
  'rigidifications -2;rigorous -2;riot -5;riots -5;risk -2;risked -2;risker -2;riskier -3;riskiest -3;' +
  'riskiness -3;riskinesses -3;risking -3;riskless 3;risks -2;risky -2;rob -5;robber -5;robing -3;' +
  'robs -4;robust 3;rofl 5;roflcopter 4;roflmao 5;romance 5;romanced 4;romancer 3;romancers 3;romances 3;' +
  'romancing 4;romantic 3;romantically 4;romanticise 3;romanticised 3;romanticises 3;romanticising 5;' +
  'romanticism 4;romanticisms 4;romanticist 4;romanticists 3;romanticization 3;romanticizations 4;' +
  'romanticize 4;romanticized 2;romanticizes 4;romanticizing 2;romantics 4;rotfl 5;rotflmao 6;' +
  'rotflmfao 5;rotflol 6;rotgl 6;rotglmao 4;rotten -5;rude -4;rudely -4;rudeness -3;ruder -4;ruderal -2;' +
  'rudesby -4;rudest -5;ruin -6;ruinable -3;ruinate -6;ruinated -3;ruinates -3;ruinating -3;ruination -5;' +
  'ruinations -3;ruined -4;ruiner -4;ruing -3;ruining -2;ruinous -5;ruinously -5;ruinousness -2;ruins -4;' +
  'sabotage -5;sad -4;sadden -5;saddened -5;saddening -4;saddens -4;sadder -5;saddest -6;sadly -4;' +
  'sadness -4;safe 4;safecrackers -2;safecracking -2;safeguard 3;safeguarded 3;safeguarding 2;' +
  'safeguards 3;safekeeping 3;safelight 2;safelights 2;safely 4;safeness 3;safer 4;safest 3;safeties 3;' +
  'safety 4;salient 2;sapfu -2;sappy -2;sarcasm -2;sarcasms -2;sarcastic -2;sarcastically -2;' +
  'satisfaction 4;satisfactions 4;satisfactorily 3;satisfactoriness 3;satisfactory 3;satisfiable 4;' +
  'satisfied 4;satisfies 4;satisfy 4;satisfying 4;satisfyingly 4;savage -4;savaged -4;savagely -4;' +
  'savageness -5;savagenesses -2;savageries -4;savagery -5;savages -5;save 4;saved 4;scam -5;scams -6;' +
  'scandal -4;scandalous -5;scandals -4;scapegoat -3;scapegoats -3;scare -4;scarecrow -2;scared -4;' +
  'scaremonger -4;scaremongers -4;scarer -3;scarers -3;scares -3;scarey -3;scaring -4;scary -4;' +
  'sceptic -2;sceptical -2;scepticism -2;scold -3;scorn -3;scornful -4;scream -3;screamed -3;' +
  'screamers -3;screaming -3;screams -2;screwed -4;screwer -2;screwiest -4;screwing -2;screws -2;' +
  'screwup -3;screwups -2;screwy -3;scrumptious 4;scrumptiously 3;scumbag -6;secure 3;secured 3;' +
  'securely 3;securement 2;secureness 3;securer 3;secures 3;securest 5;securing 3;securities 2;' +
  'securitized 3;securitizes 3;security 3;sedition -4;seditious -3;seduced -3;self-confident 5;' +
  'selfish -4;selfishly -3;selfishness -3;selfishnesses -4;sentimental 3;sentimentalise 2;' +
  'sentimentalised 2;sentimentalism 2;sentimentalist 2;sentimentalities 2;sentimentality 2;' +
  'sentimentalization 2;sentimentalize 2;sentimentalized 2;sentimentalizes 2;sentimentalizing 2;' +
  'sentimentally 4;serene 4;sete 6;severe -3;severed -3;severely -4;severeness -2;severer -3;severest -3;' +
  'sexy 5;sfete 5;sgtm 5;shakedown -2;shakedowns -3;shakeout -3;shakeouts -2;shakier -2;shakiest -2;' +
  'shaky -2;shame -4;shamed -5;shamefaced -5;shamefacedly -4;shamefacedness -4;shamefast -2;shameful -4;' +
  'shamefully -4;shamefulness -5;shamefulnesses -5;shameless -3;shamelessly -3;shamelessness -3;' +
  'shamelessnesses -4;shames -3;share 2;shared 3;shares 2;sharing 4;shattered -4;shit -5;shitakes -2;' +
  'shithead -6;shitheads -5;shits -4;shitted -3;shittier -4;shittiest -7;shitting -4;shitty -5;shock -3;' +
  'shockable -2;shocked -3;shockers -2;shocking -3;shockproof 3;shocks -3;shoot -3;short-sighted -2;' +
  'short-sightedness -2;shortage -2;shrew -2;shy -2;shyer -2;shying -2;shylock -4;shylocking -3;' +
  'shylocks -3;shyness -3;shynesses -2;shyster -3;shysters -2;sick -5;sicken -4;sickened -5;sickener -4;' +
  'sickeners -4;sickening -5;sickeningly -4;sickens -4;significance 2;significant 2;sillier 2;sillies 2;' +
  'silliest 2;silliness -2;sillinesses -2;sin -5;sincere 3;sincerely 4;sincereness 4;sincerer 4;' +
  'sincerest 4;sincerities 3;sinful -5;singleminded 2;sinister -6;sins -4;skeptic -2;skeptical -3;' +
  'skeptically -2;skepticism -2;skepticisms -2;slam -3;slash -2;slashed -2;slashes -2;slashing -2;' +
  'slavery -8;slaw 4;sleeplessness -3;sluggish -3;slut -6;sluts -5;sluttier -5;sluttiest -6;sluttish -4;' +
  'sluttishly -4;sluttishness -5;sluttishnesses -4;slutty -5;smart 3;smartass -4;smartasses -3;smarten 4;' +
  'smartened 3;smartening 3;smartens 3;smarter 4;smartest 6;smartie 3;smarties 3;smartly 3;smartness 4;' +
  'smartnesses 3;smarts 3;smarty 2;smear -3;smh -3;smile 3;smiled 5;smileless -3;smiler 3;smiles 4;' +
  'smiley 3;smileys 3;smiling 4;smilingly 5;smog -2;smother -4;smothered -2;smothering -3;smothers -4;' +
  'smothery -2;smug 2;smugger -2;smuggest -3;smuggle -3;smuggled -3;smuggler -4;smugglers -3;smuggles -3;' +
  'smuggling -4;smugness -3;smugnesses -3;snafu -5;sneaky -2;snob -4;snobbery -4;snobbily -3;snobbish -2;' +
  'snobbishly -2;snobbishness -2;snobbishnesses -3;snobbism -2;snobby -3;snobs -3;snub -4;snubbed -4;' +
  'snubbing -2;snubs -4;sob -2;sob -6;sobbed -4;sobbing -3;sobering -2;sobs -5;sociabilities 2;' +
  'sociability 2;sociable 4;sociableness 3;sociably 3;sok 3;solemnity -2;solemnly 2;solidarity 2;' +
  'solution 3;solve 2;solved 2;solves 2;solving 3;somber -4;son-of-a-bitch -5;soothe 3;soothing 3;' +
  'sophisticated 5;sore -3;sorrow -5;sorrowed -5;sorrower -5;sorrowful -4;sorrowfully -5;' +
  'sorrowfulness -5;sorrowing -3;sorrows -3;soulmate 6;spam -3;spammer -4;spammers -3;spamming -4;' +
  'spark 2;sparkle 4;sparkles 3;sparkling 2;special 3;spirited 3;spiritless -3;spite -5;spited -5;' +
  'spiteful -4;spitefully -5;spitefulness -3;spitefulnesses -5;spites -3;splendent 5;splendid 6;' +
  'splendidly 4;splendidness 5;splendiferous 5;splendiferously 4;splendiferousness 3;splendor 6;' +
  'splendorous 4;splendors 4;splendour 4;splendours 4;splendrous 4;sprightly 4;squelched -2;stab -6;' +
  'stabbed -4;stable 2;stabs -4;stall -2;stalled -2;stalling -2;stamina 2;stammer -2;stammered -2;' +
  'stammerer -2;stammerers -2;stammering -2;stammers -2;stampede -4;stank -4;startle -3;startler -2;' +
  'starve -4;starved -5;starves -5;starving -4;steadfast 2;steal -4;stealable -3;stealer -3;stealers -4;' +
  'stealing -5;stealings -4;steals -5;stench -5;stenches -3;stenchful -5;stenchy -5;stereotype -3;' +
  'stereotyped -2;stifled -3;stimulate 2;stimulated 2;stimulates 2;stimulating 4;stingy -3;stink -3;' +
  'stinkard -5;stinkards -2;stinkbugs -2;stinker -3;stinkers -2;stinkhorns -2;stinkier -3;stinkiest -4;' +
  'stinking -5;stinkingly -3;stinko -3;stinkpot -5;stinks -2;stinky -3;stolen -4;stop -2;stopped -2;' +
  'straight 2;strained -3;strainer -2;straining -3;strains -2;strange -2;strangely -2;strangled -5;' +
  'strength 4;strengthen 3;strengthened 4;strengthener 4;strengtheners 3;strengthening 4;strengthens 4;' +
  'strengths 3;stress -4;stressed -3;stresses -4;stressful -5;stressfully -5;stressing -3;stressless 3;' +
  'stresslessness 3;stressor -4;stressors -4;stricken -5;strikes -3;strong 5;stronger 3;strongest 4;' +
  'strongholds 2;strongish 3;strongly 2;strongyloidosis -2;struck -2;struggle -3;struggled -3;' +
  'struggler -2;strugglers -3;struggles -3;struggling -4;stubborn -3;stubborner -3;stubbornly -3;' +
  'stubbornness -2;stubbornnesses -3;stuck -2;stunk -3;stunning 3;stupid -5;stupider -5;stupidest -5;' +
  'stupidities -4;stupidity -4;stupidly -4;stupidness -3;stupidnesses -5;stupids -5;stutter -2;' +
  'stuttered -2;stutterer -2;stutterers -2;stuttering -3;stutters -2;suave 4;submissive -3;' +
  'submissively -2;substantial 2;subversive -2;succeed 4;succeeded 4;succeeder 2;succeeders 3;' +
  'succeeding 4;succeeds 4;success 5;successes 5;successful 6;successfully 4;successfulness 5;' +
  'succession 2;successional 2;successionally 2;successive 2;successively 2;successiveness 2;successor 2;' +
  'successors 2;suck -4;sucked -4;sucker -5;suckered -4;suckering -4;suckers -5;sucks -3;sucky -4;' +
  'suffer -5;suffered -4;sufferer -4;sufferers -5;suffering -4;suffers -4;suicidal -7;suicide -7;' +
  'suing -2;sulking -3;sulky -2;sullen -3;sunnier 5;sunniest 5;sunny 4;sunshine 4;sunshiny 4;super 6;' +
  'superb 6;superior 5;superiorities 2;superiority 3;superiorly 4;superiors 2;support 3;supported 3;' +
  'supporter 2;supporters 4;supporting 4;supportive 2;supportiveness 3;supports 3;supremacies 2;' +
  'supremacists -2;supreme 5;supremely 5;supremeness 5;supremer 5;supremest 4;supremo 4;supremos 3;' +
  'sure 3;surefire 2;surefooted 4;surefootedly 3;surefootedness 3;surely 4;sureness 4;surer 2;surest 3;' +
  'sureties 3;surety 2;surprisal 3;surprise 2;surprised 2;surprises 2;surprising 2;surprisingly 2;' +
  'survived 5;surviving 2;survivor 3;suspect -2;suspected -2;suspects -3;suspend -3;suspended -4;' +
  'suspicion -3;suspicions -3;suspicious -3;suspiciously -3;suspiciousness -2;sux -3;swak 5;swearing -2;' +
  'sweet 4;sweetheart 7;sweethearts 6;sweetie 4;sweeties 4;sweetly 4;sweetness 4;sweets 4;swift 2;' +
  'swiftly 2;swindle -5;swindles -3;swindling -4;sympathetic 5;sympathy 3;talent 4;talented 5;' +
  'talentless -3;talents 4;tantrum -4;tantrums -3;tard -5;tears -2;tease -3;teased -2;teaseled -2;' +
  'teaseler -2;teaselers -2;teaser -2;teases -2;temper -4;tempers -3;tenderers 2;tenderest 3;' +
  'tenderhearted 3;tenderheartedly 5;tenderheartednesses 6;tenderly 4;tenderness 4;tendernesses 2;' +
  'tense -3;tensed -2;tensely -2;tenseness -3;tenser -3;tenses -2;tensest -2;tensing -2;tension -3;' +
  'tensional -2;tensioner -3;tensioners -2;tensioning -3;tensions -3;terrible -4;terribleness -4;' +
  'terriblenesses -5;terribly -5;terrific 4;terrifically 3;terrified -6;terrifies -5;terrify -5;' +
  'terrifying -5;terror -5;terrorise -6;terrorised -7;terrorises -7;terrorising -6;terrorism -7;' +
  'terrorisms -6;terrorist -7;terroristic -7;terrorists -6;terrorization -5;terrorize -7;terrorized -6;' +
  'terrorizes -6;terrorizing -6;terrorless 2;terrors -5;tgif 5;thank 3;thanked 4;thankful 5;' +
  'thankfuller 4;thankfullest 4;thankfully 4;thankfulness 4;thanks 4;thief -5;thieve -4;thieved -3;' +
  'thieveries -4;thievery -4;thieves -5;thks 3;thorny -2;thoughtful 3;thoughtfully 3;thoughtfulness 4;' +
  'thoughtless -4;threat -5;threaten -3;threatened -4;threatener -3;threateners -4;threatening -5;' +
  'threateningly -4;threatens -3;threating -4;threats -4;thrill 3;thrilled 4;thrilling 4;thrillingly 4;' +
  'thrills 3;thx 3;tia 5;ticked -4;timid -2;timider -2;timidest -2;timidity -3;timidness -2;timorous -2;' +
  'tired -4;tits -2;tnx 2;tolerance 2;tolerant 2;toothless -3;top 2;tops 5;torn -2;torture -6;' +
  'tortured -5;torturer -5;torturers -7;tortures -5;torturing -6;torturous -5;torturously -4;' +
  'totalitarian -4;totalitarianism -5;toughening 2;toughish -2;toughly -2;toughs -2;tragedians -2;' +
  'tragediennes -3;tragedies -4;tragedy -7;tragic -4;tragical -5;tragically -5;tragics -4;tranquiler 4;' +
  'tranquilest 3;tranquilities 3;tranquility 4;tranquillest 2;tranquillity 4;tranquillizing 2;' +
  'tranquilly 2;tranquilness 3;trap -3;trapped -5;trauma -4;traumas -4;traumata -3;traumatic -5;' +
  'traumatically -6;traumatise -6;traumatised -5;traumatises -4;traumatising -4;traumatism -5;' +
  'traumatization -6;traumatizations -4;traumatize -5;traumatized -3;traumatizes -3;traumatizing -5;' +
  'travesty -5;treason -4;treasonous -5;treasurable 5;treasure 2;treasured 5;treasurerships 2;' +
  'treasures 4;treasuries 2;treasuring 4;treasury 2;treat 3;tremble -2;trembled -2;tremblers -2;' +
  'trembling -3;trembly -2;tremulous -2;tricker -2;trickeries -2;trickers -3;trickery -2;trickiest -2;' +
  'trickily -2;trickiness -2;trickish -2;tricksiness -2;trickster -2;tricksters -3;tricksy -2;trite -2;' +
  'triumph 4;triumphal 4;triumphalisms 4;triumphalists 2;triumphant 5;triumphantly 5;triumphed 4;' +
  'triumphing 5;triumphs 4;trivialise -2;trivialised -2;trivialises -2;trivialising -3;trivialities -2;' +
  'trivialization -2;trivialize -2;trivializes -2;trouble -3;troubled -4;troublemaker -4;' +
  'troublemakers -4;troublemaking -4;troubler -3;troublers -4;troubles -4;troubleshoot 2;' +
  'troubleshooter 2;troubleshooters 2;troublesome -5;troublesomely -4;troublesomeness -4;troubling -5;' +
  'troublous -4;troublously -4;true 4;trueness 4;truer 3;truest 4;truly 4;trust 5;trustability 4;' +
  'trustable 5;trusted 4;trustee 2;truster 4;trustful 4;trustfully 3;trustfulness 4;trustier 3;' +
  'trusties 2;trustiest 4;trustily 3;trustiness 3;trusting 3;trustingly 3;trustingness 3;trustless -5;' +
  'trustors 2;trusts 4;trustworthily 5;trustworthiness 4;trustworthy 5;trusty 4;truth 3;truthful 4;' +
  'truthfully 4;truthfulness 3;truths 4;tumor -3;turmoil -3;twat -7;tx 3;txs 2;ty 3;tyvm 5;ugh -4;' +
  'uglier -4;uglies -4;ugliest -6;uglification -4;uglified -3;uglifies -4;uglify -4;uglifying -4;' +
  'uglily -4;ugliness -5;uglinesses -5;ugly -5;unacceptable -4;unappreciated -3;unapproved -3;' +
  'unattractive -4;unaware -2;unbelievable 2;unbelieving -2;uncertain -2;uncertainly -3;uncertainness -3;' +
  'uncertainties -3;uncertainty -3;unclear -2;uncomfortable -3;uncomfortably -3;uncompelling -2;' +
  'unconcerned -2;uncontrollability -3;uncontrollable -3;uncontrollably -3;uncontrolled -2;' +
  'unconvinced -3;uncredited -2;undecided -2;underestimate -2;underestimated -2;underestimates -2;' +
  'undermine -2;undermined -3;undermines -3;undermining -3;undeserving -4;undesirable -4;unease -3;' +
  'uneasier -3;uneasiest -4;uneasily -3;uneasiness -3;uneasinesses -4;uneasy -3;unemployment -4;' +
  'unequal -3;unethical -5;unfair -4;unfocused -3;unfortunate -4;unfortunately -3;unfortunates -4;' +
  'unfriendly -3;unfulfilled -4;ungrateful -4;ungratefully -4;ungratefulness -3;unhappier -5;' +
  'unhappiest -5;unhappily -4;unhappiness -5;unhappinesses -4;unhappy -4;unhealthy -5;unified 3;' +
  'unimportant -3;unimpressed -3;unimpressive -3;unintelligent -4;uninvolved -4;uninvolving -4;united 4;' +
  'unjust -5;unkind -3;unlovable -5;unloved -4;unlovelier -4;unloveliest -4;unloveliness -4;unlovely -4;' +
  'unloving -5;unmotivated -3;unpleasant -4;unprofessional -5;unprotected -3;unresearched -2;' +
  'unsatisfied -3;unsavory -4;unsecured -3;unsettled -3;unsophisticated -2;unstable -3;unstoppable -2;' +
  'unsuccessful -3;unsuccessfully -3;unsupported -3;unsure -2;unsurely -3;untarnished 3;unwanted -2;' +
  'unwelcome -3;unworthy -4;upset -3;upsets -3;upsetter -4;upsetters -4;upsetting -4;uptight -3;' +
  'uptightness -2;urgent 2;urw 4;useful 4;usefully 4;usefulness 2;useless -4;uselessly -3;uselessness -3;' +
  'vain -4;validate 3;validated 2;validates 3;validating 3;valuable 4;valuableness 3;valuables 4;' +
  'valuably 5;value 3;valued 4;values 3;valuing 3;vanity -2;vbg 4;vbs 6;vexation -4;vexing -4;vibrant 5;' +
  'vicious -3;viciously -3;viciousness -5;victim -2;victimhood -4;victimhoods -2;victimise -2;' +
  'victimised -3;victimises -2;victimising -5;victimization -5;victimizations -3;victimize -5;' +
  'victimized -4;victimizer -4;victimizers -3;victimizes -3;victimizing -5;victims -3;vigor 2;vigoroso 3;' +
  'vigors 2;vigour 2;vile -6;villain -5;villainess -6;villainesses -4;villainies -5;villainous -4;' +
  'villainously -6;villainousness -5;villains -7;villainy -5;vindicated 4;vindicates 3;vindicating -2;' +
  'violate -4;violated -5;violater -5;violaters -5;violates -5;violating -5;violation -4;violations -5;' +
  'violative -5;violator -5;violators -4;violence -6;violent -6;violently -6;vip 5;virtue 4;' +
  'virtueless -3;virtues 3;virtuosa 3;virtuosas 4;virtuose 2;virtuosi 2;virtuosic 4;virtuosity 4;' +
  'virtuoso 4;virtuosos 4;virtuous 5;virtuously 4;virtuousness 4;virulent -5;vision 2;visionary 5;' +
  'visioning 2;visions 2;vital 2;vitalise 2;vitalises 2;vitalising 4;vitalities 2;vitality 3;' +
  'vitalization 3;vitalizations 2;vitalize 3;vitalized 3;vitalizes 3;vitalizing 3;vitally 2;vitals 2;' +
  'vitamin 2;vitriolic -4;vivacious 4;vociferous -2;vulnerability -2;vulnerable -2;vulnerableness -2;' +
  'vulnerably -2;vulture -4;vultures -3;vwd 5;vwp 4;walkout -3;wanker -5;war -6;warfare -2;warfares -4;' +
  'warm 2;warmed 2;warmer 2;warmers 2;warmest 3;warmhearted 4;warmheartedness 5;warmish 3;warmly 3;' +
  'warmness 3;warmonger -6;warmongering -5;warmongers -6;warmouths -2;warms 2;warmth 4;warmups 2;' +
  'warned -2;warning -3;warnings -2;warred -5;warring -4;wars -5;waste -4;wasted -4;wasting -3;wd 5;' +
  'weak -4;weaken -4;weakened -3;weakener -3;weakeners -3;weakening -3;weakens -3;weaker -4;weakest -5;' +
  'weakhearted -3;weakish -2;weaklier -3;weakliest -4;weakling -3;weaklings -3;weakly -4;weakness -4;' +
  'weaknesses -3;weakside -2;wealth 4;wealthier 4;wealthiest 4;wealthily 4;wealthiness 5;wealthy 3;' +
  'weapon -2;weaponed -3;weaponry -2;weapons -4;weary -2;weep -5;weeper -4;weepers -2;weepier -4;' +
  'weepies -3;weepiest -5;weeping -4;weepings -4;weeps -3;weepy -3;weirdest -2;weirdie -3;weirdies -2;' +
  'weirdly -2;weirdness -2;weirdo -4;weirdoes -3;weirdos -2;weirdy -2;welcome 4;welcomed 3;welcomely 4;' +
  'welcomeness 4;welcomer 3;welcomers 4;welcomes 3;welcoming 4;well 2;wellaway -2;wellborn 4;welldoer 5;' +
  'welldoers 3;welling 3;wellness 4;wells 2;wellspring 3;wellsprings 3;wept -4;whine -3;whined -2;' +
  'whiner -2;whines -4;whiney -3;whining -2;whore -7;whored -6;whoredom -4;whoredoms -5;whorehouse -2;' +
  'whorehouses -4;whoremaster -4;whoremasters -3;whoremonger -5;whoremongers -4;whores -6;whoreson -4;' +
  'whoresons -5;wicked -5;wickeder -4;wickedest -6;wickedly -4;wickedness -4;wickednesses -4;widowed -4;' +
  'wilco 2;willingness 2;wimp -3;wimpier -2;wimpiest -2;wimpiness -2;wimpish -3;wimps -2;wimpy -2;win 6;' +
  'winnable 4;winned 4;winner 6;winners 4;winning 5;winningly 5;winnings 5;wins 5;wisdom 5;wise 4;' +
  'wiseacre -2;wiseass -4;wiseasses -3;wised 3;wiselier 2;wiseliest 3;wisely 4;wiseness 4;wisenheimer -2;' +
  'wisenheimers -3;wiser 2;wises 3;wisest 4;wisewomen 3;wish 3;wishing 2;witch -3;woe -4;woebegone -5;' +
  'woebegoneness -2;woeful -4;woefully -3;woefulness -4;woes -4;woesome -2;won 5;wonderful 5;' +
  'wonderfully 6;wonderfulness 6;woo 4;woohoo 5;woot 4;worn -2;worried -2;worriedly -4;worrier -4;' +
  'worriers -3;worries -4;worriment -3;worriments -4;worrisome -3;worrisomely -4;worrisomeness -4;' +
  'worrit -4;worrits -2;worry -4;worrying -3;worrywart -4;worrywarts -3;worse -4;worsen -5;worsened -4;' +
  'worsening -4;worsens -4;worser -4;worship 2;worshiped 5;worshiper 2;worshipers 2;worshipfully 2;' +
  'worshipfulness 3;worshiping 2;worshipped 5;worshippers 2;worshipping 3;worships 3;worst -6;worth 2;' +
  'worthless -4;worthwhile 3;worthy 4;wow 6;wowed 5;wowing 5;wows 4;wowser -2;wowsers 2;wp 2;wrathful -5;' +
  'wreck -4;wrong -4;wronged -4;wtf -6;wtg 4;wth -5;x-d 5;x-d 5;x-p 3;x-p 4;xd 5;xd 6;xlnt 6;xoxo 6;' +
  'xoxozzz 5;xp 2;xp 3;xqzt 3;xtc 2;yay 5;yeah 2;yeees 3;yep 2;yes 3;yolo 2;youthful 3;yucky -4;yummy 5;' +
  'yvw 3;yw 4;ywia 5;zealot -4;zealots -2;zzz -2';
