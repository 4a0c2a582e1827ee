namespace SellerConsole.Tests.Marketplace.SpApi;

/// <summary>A getCatalogItem answer (catalogItems_2022-04-01) with a UK and a German entry in every data set.</summary>
internal static class CatalogJson
{
    public static string Item(string asin) => """
        {"asin":"@ASIN",
         "attributes":{"item_name":[{"value":"Attribute title","language_tag":"en_GB","marketplace_id":"A1F83G8C2ARO7P"}]},
         "classifications":[{"marketplaceId":"A1F83G8C2ARO7P","classifications":[{"displayName":"Screwdriver Sets","classificationId":"1939156031",
           "parent":{"displayName":"Hand Tools","classificationId":"1938822031"}}]}],
         "dimensions":[
           {"marketplaceId":"A1PA6795UKMFR9","item":{"height":{"unit":"inches","value":9.9}}},
           {"marketplaceId":"A1F83G8C2ARO7P",
            "item":{"height":{"unit":"centimeters","value":4.5},"length":{"unit":"centimeters","value":22.0},"width":{"unit":"centimeters","value":12.5},"weight":{"unit":"kilograms","value":0.62}},
            "package":{"height":{"unit":"centimeters","value":5.1},"length":{"unit":"centimeters","value":23.4},"width":{"unit":"centimeters","value":13.0},"weight":{"unit":"kilograms","value":0.7}}}],
         "identifiers":[{"marketplaceId":"A1F83G8C2ARO7P","identifiers":[{"identifierType":"EAN","identifier":"5056123456789"},{"identifierType":"GTIN","identifier":"05056123456789"}]}],
         "images":[{"marketplaceId":"A1F83G8C2ARO7P","images":[
           {"variant":"MAIN","link":"https://m.media-amazon.com/images/I/61main.jpg","height":1500,"width":1200},
           {"variant":"PT01","link":"https://m.media-amazon.com/images/I/71pt01.jpg","height":1000,"width":1000}]}],
         "salesRanks":[
           {"marketplaceId":"A1PA6795UKMFR9","displayGroupRanks":[{"websiteDisplayGroup":"diy_display_on_website","title":"Baumarkt","rank":9}]},
           {"marketplaceId":"A1F83G8C2ARO7P",
            "classificationRanks":[{"classificationId":"1939156031","title":"Screwdriver Sets","link":"http://www.amazon.co.uk/gp/bestsellers/diy/1939156031","rank":17}],
            "displayGroupRanks":[{"websiteDisplayGroup":"diy_display_on_website","title":"DIY & Tools","link":"http://www.amazon.co.uk/gp/bestsellers/diy","rank":1234}]}],
         "summaries":[{"marketplaceId":"A1F83G8C2ARO7P","adultProduct":false,"autographed":false,"brand":"Forgefast",
           "browseClassification":{"displayName":"Screwdriver Sets","classificationId":"1939156031"},"color":"Blue",
           "itemClassification":"BASE_PRODUCT","itemName":"Forgefast Magnetic Screwdriver Set, 32 Piece","manufacturer":"Forgefast Tools Ltd",
           "memorabilia":false,"modelNumber":"FF-32","packageQuantity":1,"partNumber":"FF32-BL","size":"32 Piece","tradeInEligible":false,
           "websiteDisplayGroup":"diy_display_on_website","websiteDisplayGroupName":"DIY & Tools"}]}
        """.Replace("@ASIN", asin);
}
