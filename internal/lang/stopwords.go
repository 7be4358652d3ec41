package lang

// StopWords are the commonest function words of each language the
// classifier knows, the words running text is made of.
var StopWords = map[string]map[string]bool{
	"de": WordSet("der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es " +
		"an er hat aus bei sie nach wird einer um am sind noch wie einem über einen so zum war " +
		"haben nur oder aber vor zur bis mehr durch man dass kann wenn werden ich wir ihr was " +
		"diese sein schon wurde sei dieser dieses"),
	"en": WordSet("the of and to a in is it that for on was with as he she be by at this are from or have an " +
		"they which but not were his her had their been has one you we all would there what so if " +
		"can will about who when more its into than them only other also some these then our out " +
		"may"),
	"es": WordSet("de la que el en y a los se del las un por con no una su para es al lo como más pero sus " +
		"le ya o este fue ha si porque esta entre cuando muy sin sobre también me hasta hay donde " +
		"desde todo nos durante uno les ni contra otros ese eso ante ellos e esto mí antes algunos " +
		"qué son"),
	"fr": WordSet("de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se ce il " +
		"sont avec son elle nous vous mais ou leur cette aux été ont ses lui comme on tout fait sa " +
		"y bien être sans peut leurs même ces entre deux aussi très était dont"),
	"it": WordSet("di e il la che in a per un è del non una della sono le si con da i al gli dei nel alla " +
		"più anche come ma delle lo ha se questo nella o sul dal essere tra cui suo sua loro stato " +
		"questa ci molto era quando"),
	"nl": WordSet("de en van het een in is dat op te zijn met voor niet die aan er om ook als dan maar bij " +
		"of uit nog worden door naar heeft hebben wordt over kan werd deze was al zo wel tot"),
	"pl": WordSet("i w na z się nie do to że jest o jak a co po ale tak za od jego już tylko przez dla może " +
		"są być ich jej też czy gdy było jednak bardzo przy ze go ten ta tego który które która " +
		"oraz lub jako został roku te jeszcze pod aby"),
	"pt": WordSet("de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao " +
		"ele das tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso " +
		"ela entre era depois sem mesmo aos são"),
	"cs": WordSet("a se na je že v s z do to jako ale by pro o jsou jeho tak už podle"),
	"fi": WordSet("ja on ei se että oli hän myös kun mutta tai ovat joka sen ole olla kuin jo vain"),
	"ru": WordSet("и в не на что с по как это к из у за от о же для но а то так его её он она они мы вы бы " +
		"был была было были уже или ещё при"),
	"sv": WordSet("och att det som en på är av för med till den har inte om ett var men de jag från"),
}
