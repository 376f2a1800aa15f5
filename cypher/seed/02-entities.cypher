// Tracegraph seed, file 2 of 3: Person, Organisation, Event and Place nodes
// from the article by Karl Rahder (Foreign Policy Blogs, March 2012).
// Every node: Entity plus exactly one of Person, Organisation, Event, Place,
// id (slug), name, aliases (list), description. Organisations, events and places carry kind,
// events carry date or startDate and endDate (partial ISO), and dateApprox when inferred.
// Unnamed people and groups the article mentions are modelled too. See cypher/MODEL.md.

// ---- People

MERGE (n:Entity {id: 'khadija-ismayilova'})
SET n:Person, n += {name: 'Khadija Ismayilova', aliases: ['Xədicə İsmayılova', 'Khadija Ismailova', 'Khadija Ismayil', 'Khadija Ismayilov', 'Khadija'], description: 'Well-known Azerbaijani investigative journalist and correspondent (RFE/RL’s Azerbaijani service, Radio Azadliq). Target of a blackmail video released online in March 2012.'};

MERGE (n:Entity {id: 'ruslan-bashirli'})
SET n:Person, n += {name: 'Ruslan Bashirli', aliases: ['Ruslan Bəşirli', 'Ruslan Bashirly', 'Ruslan Beshirli', 'Bashirli'], description: 'Founding member of the Azerbaijani youth group Yeni Fekir (New Idea), arrested in 2005 and convicted in 2006 of plotting to overthrow the government. Reported in March 2012 to have written to President Aliyev asking for a pardon.'};

MERGE (n:Entity {id: 'elnur-israfilov'})
SET n:Person, n += {name: 'Elnur Israfilov', aliases: ['Elnur İsrafilov', 'Israfilov'], description: 'Young man convicted for his participation in the April 2011 demonstrations in Azerbaijan. A letter of contrition supposedly written by him blames his uncle Mammad Ibrahimli.'};

MERGE (n:Entity {id: 'mammad-ibrahimli'})
SET n:Person, n += {name: 'Mammad Ibrahimli', aliases: ['Məmməd İbrahimli', 'Mamed Ibragimli', 'Mammad Ibragimli', 'Ibrahimli'], description: 'Uncle of Elnur Israfilov, blamed in Israfilov’s letter for instigating his actions. He told the author the letter seemed dictated or authored by someone else.'};

MERGE (n:Entity {id: 'eynullah-fatullayev'})
SET n:Person, n += {name: 'Eynullah Fatullayev', aliases: ['Eynulla Fətullayev', 'Eynulla Fatullayev', 'Eynullah Fatulayev', 'Eynulla Fatulayev', 'Fatullayev'], description: 'Azerbaijani journalist and former political prisoner. Mammad Ibrahimli alleges that he convinced Elnur Israfilov to write his letter.'};

MERGE (n:Entity {id: 'ilham-aliyev'})
SET n:Person, n += {name: 'Ilham Aliyev', aliases: ['İlham Əliyev', 'President Aliyev', 'Ilham Aliev', 'Aliyev'], description: 'President of Azerbaijan (since 2003). Addressee of Bashirli’s letter asking for a pardon. Rumoured to have signed a release order for political prisoners.'};

MERGE (n:Entity {id: 'karl-rahder'})
SET n:Person, n += {name: 'Karl Rahder', aliases: ['Karl'], description: 'Author of the article and a friend of Khadija Ismayilova. Writes on the South Caucasus for ISN, teaches international relations, and has observed elections for the OSCE and Democracy International.'};

MERGE (n:Entity {id: 'dragan-milojevic'})
SET n:Person, n += {name: 'Dragan Milojevic', aliases: ['Dragan Milojević'], description: 'Photographer credited, with RFE/RL, for the article’s photo of Khadija Ismayilova.'};

MERGE (n:Entity {id: 'yeni-musavat-editor'})
SET n:Person, n += {name: 'Editor of Yeni Musavat (unnamed)', aliases: ['editor of Yeni Musavat'], description: 'Unnamed editor of the Musavat party newspaper Yeni Musavat who, according to Turan News Agency, says the site that posted the video has no relation to his newspaper or the party.'};

MERGE (n:Entity {id: 'azeri-opposition-source'})
SET n:Person, n += {name: 'Anonymous Azeri source close to the opposition', aliases: ['my Azeri source', 'my source'], description: 'Unnamed source of the author, close to the Azerbaijani opposition, who says President Aliyev is about to release political prisoners and that Bashirli’s family has travelled to Baku.'};

MERGE (n:Entity {id: 'bashirli-co-defendant-1'})
SET n:Person, n += {name: 'Co-defendant of Ruslan Bashirli (unnamed, 1 of 2)', aliases: [], description: 'One of two unnamed co-defendants arrested with Ruslan Bashirli in 2005.'};

MERGE (n:Entity {id: 'bashirli-co-defendant-2'})
SET n:Person, n += {name: 'Co-defendant of Ruslan Bashirli (unnamed, 2 of 2)', aliases: [], description: 'One of two unnamed co-defendants arrested with Ruslan Bashirli in 2005.'};

// ---- Organisations and groups

MERGE (n:Entity {id: 'musavat'})
SET n:Organisation, n += {name: 'Musavat', aliases: ['Müsavat', 'Musavat party', 'Equality', 'Equality party', 'Müsavat Partiyası'], description: 'Azerbaijani opposition party (the name means Equality). Yeni Musavat is its party newspaper.', kind: 'party'};

MERGE (n:Entity {id: 'yeni-musavat'})
SET n:Organisation, n += {name: 'Yeni Musavat', aliases: ['Yeni Müsavat', 'New Musavat'], description: 'Newspaper of the Musavat party. Its editor says the site that posted the video has no relation to the newspaper or the party.', kind: 'newspaper'};

MERGE (n:Entity {id: 'yeni-fekir'})
SET n:Organisation, n += {name: 'Yeni Fekir', aliases: ['Yeni Fikir', 'New Idea', 'Yeni Fekir youth group'], description: 'Azerbaijani opposition youth group (the name means New Idea). Ruslan Bashirli was a founding member.', kind: 'youth group'};

MERGE (n:Entity {id: 'ndi'})
SET n:Organisation, n += {name: 'National Democratic Institute', aliases: ['NDI', 'National Democratic Institute for International Affairs'], description: 'US-based democracy-promotion organisation. Footage used against Bashirli appeared to show him saying he was working with NDI to overthrow President Aliyev’s government.', kind: 'NGO'};

MERGE (n:Entity {id: 'rfe-rl'})
SET n:Organisation, n += {name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL', 'Radio Liberty', 'Radio Azadliq', 'Radio Azadlıq', 'Azadlıq Radiosu'], description: 'US-funded international broadcaster (Radio Azadliq is its Azerbaijani service). It published the article quoting Ismayilova’s statement and is credited for the photo.', kind: 'broadcaster'};

MERGE (n:Entity {id: 'turan-news-agency'})
SET n:Organisation, n += {name: 'Turan News Agency', aliases: ['Turan', 'Turan Information Agency', 'Turan İnformasiya Agentliyi'], description: 'Independent news agency in Baku. It reported the Yeni Musavat editor’s denial of any link with the site that posted the video.', kind: 'news agency'};

MERGE (n:Entity {id: 'ans-tv'})
SET n:Organisation, n += {name: 'ANS TV', aliases: ['ANS'], description: 'Pro-government Azerbaijani television channel that was playing up the Bashirli story.', kind: 'broadcaster'};

MERGE (n:Entity {id: 'blackmail-video-website'})
SET n:Organisation, n += {name: 'Unnamed web site that posted the blackmail video', aliases: ['the site that posted the video'], description: 'Web site in Azerbaijan that released the blackmail video involving Khadija Ismayilova. According to RFE/RL its URL falsely suggests a connection with the Musavat party.', kind: 'website'};

MERGE (n:Entity {id: 'foreign-policy-blogs'})
SET n:Organisation, n += {name: 'Foreign Policy Blogs', aliases: ['FPB'], description: 'Blog network on international affairs that published Karl Rahder’s article.', kind: 'website'};

MERGE (n:Entity {id: 'isn'})
SET n:Organisation, n += {name: 'ISN', aliases: ['International Relations and Security Network'], description: 'International Relations and Security Network, for which Karl Rahder works on stories. Its sites ISN Security Watch and ISN Insights are run by the Swiss government, per the article.', kind: 'publisher'};

MERGE (n:Entity {id: 'isn-security-watch'})
SET n:Organisation, n += {name: 'ISN Security Watch', aliases: ['Security Watch'], description: 'News and global affairs site run by the Swiss government (per the article), for which Karl Rahder has written on the South Caucasus.', kind: 'website'};

MERGE (n:Entity {id: 'isn-insights'})
SET n:Organisation, n += {name: 'ISN Insights', aliases: [], description: 'News and global affairs site run by the Swiss government (per the article), for which Karl Rahder has written on the South Caucasus.', kind: 'website'};

MERGE (n:Entity {id: 'swiss-government'})
SET n:Organisation, n += {name: 'Swiss government', aliases: ['Government of Switzerland', 'Swiss federal government'], description: 'Government of Switzerland, which runs the ISN Security Watch and ISN Insights sites according to the article.', kind: 'government'};

MERGE (n:Entity {id: 'osce'})
SET n:Organisation, n += {name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe', 'ATƏT'], description: 'Organization for Security and Co-operation in Europe, for which Karl Rahder has served as an on-call election observer.', kind: 'intergovernmental organisation'};

MERGE (n:Entity {id: 'democracy-international'})
SET n:Organisation, n += {name: 'Democracy International', aliases: ['DI'], description: 'Democracy-support organisation for which Karl Rahder worked as a long-term observer in Afghanistan in 2010.', kind: 'NGO'};

MERGE (n:Entity {id: 'university-of-chicago'})
SET n:Organisation, n += {name: 'University of Chicago', aliases: ['UChicago'], description: 'University in Chicago where Karl Rahder received his MA.', kind: 'university'};

MERGE (n:Entity {id: 'cep-visiting-faculty-fellowship'})
SET n:Organisation, n += {name: 'CEP Visiting Faculty Fellowship', aliases: ['CEP', 'Civic Education Project', 'Civic Education Project Visiting Faculty Fellowship'], description: 'Visiting faculty fellowship programme of CEP (the Civic Education Project), on which Karl Rahder first came to the Caucasus in 2004.', kind: 'fellowship programme'};

MERGE (n:Entity {id: 'government-of-azerbaijan'})
SET n:Organisation, n += {name: 'Government of Azerbaijan', aliases: ['President Aliyev’s government', 'Azerbaijani government', 'Azərbaycan hökuməti'], description: 'The government of President Ilham Aliyev, which Ruslan Bashirli was convicted of plotting to overthrow.', kind: 'government'};

MERGE (n:Entity {id: 'azerbaijani-opposition'})
SET n:Organisation, n += {name: 'Azerbaijani opposition', aliases: ['the opposition', 'Azerbaijan’s opposition'], description: 'The political opposition in Azerbaijan, including the Musavat party.', kind: 'group'};

MERGE (n:Entity {id: 'bashirli-family'})
SET n:Organisation, n += {name: 'Bashirli’s family', aliases: ['family of Ruslan Bashirli'], description: 'Relatives of Ruslan Bashirli (not named or counted in the article), who according to the author’s source travelled to Baku in anticipation of his release.', kind: 'group'};

MERGE (n:Entity {id: 'bashirli-associates'})
SET n:Organisation, n += {name: 'Bashirli’s associates in the Tbilisi footage', aliases: ['associates'], description: 'Unnamed associates to whom Ruslan Bashirli appeared to be bragging in the video footage recorded in Tbilisi.', kind: 'group'};

MERGE (n:Entity {id: 'so-called-armenian-agents'})
SET n:Organisation, n += {name: 'So-called “Armenian agents”', aliases: ['Armenian agents'], description: 'Unnamed people, called “Armenian agents” (the article says “so-called”), who appear with Bashirli in the Tbilisi footage.', kind: 'group'};

MERGE (n:Entity {id: 'bashirli-former-allies'})
SET n:Organisation, n += {name: 'Bashirli’s former political allies', aliases: ['former political allies'], description: 'Unnamed former political allies of Ruslan Bashirli, whom he denounces in his purported letter to President Aliyev.', kind: 'group'};

MERGE (n:Entity {id: 'powers-that-disliked-aliyev'})
SET n:Organisation, n += {name: 'Powers that “disliked you and us”', aliases: ['powers that disliked you and us'], description: 'Unnamed powers that, according to Bashirli’s purported letter, influenced him when he was “hot-tempered”.', kind: 'group'};

MERGE (n:Entity {id: 'arab-spring-political-prisoners'})
SET n:Organisation, n += {name: 'Political prisoners of the 2011 unrest', aliases: ['political prisoners', 'Arab Spring political prisoners'], description: 'Political prisoners arrested and convicted on a variety of charges during Azerbaijan’s 2011 “Arab Spring” unrest, whose release is rumoured.', kind: 'group'};

MERGE (n:Entity {id: 'international-press'})
SET n:Organisation, n += {name: 'International press', aliases: ['international media'], description: 'Foreign news media whose increasingly negative commentary on Azerbaijan’s human rights situation ahead of Eurovision is, per the author’s source, behind the urgency of the rumoured release.', kind: 'group'};

// ---- Places

MERGE (n:Entity {id: 'azerbaijan'})
SET n:Place, n += {name: 'Azerbaijan', aliases: ['Azərbaycan', 'Republic of Azerbaijan', 'Azərbaycan Respublikası'], description: 'Country in the South Caucasus, the main setting of the article.', kind: 'country'};

MERGE (n:Entity {id: 'baku'})
SET n:Place, n += {name: 'Baku', aliases: ['Bakı'], description: 'Capital of Azerbaijan, host of the Eurovision Song Contest 2012 and seat of Turan News Agency.', kind: 'city'};

MERGE (n:Entity {id: 'tbilisi'})
SET n:Place, n += {name: 'Tbilisi', aliases: ['Tiflis', 'Tbilisi, Georgia'], description: 'Capital of Georgia, where the video footage used against Ruslan Bashirli was recorded. Karl Rahder has taught there.', kind: 'city'};

MERGE (n:Entity {id: 'georgia'})
SET n:Place, n += {name: 'Georgia', aliases: ['Sakartvelo', 'Republic of Georgia'], description: 'Country in the South Caucasus, implied by the article through its capital Tbilisi.', kind: 'country'};

MERGE (n:Entity {id: 'chicago'})
SET n:Place, n += {name: 'Chicago', aliases: [], description: 'US city where Karl Rahder studied and sometimes teaches international relations.', kind: 'city'};

MERGE (n:Entity {id: 'united-states'})
SET n:Place, n += {name: 'United States', aliases: ['US', 'USA', 'United States of America'], description: 'Country where Karl Rahder spends part of his time.', kind: 'country'};

MERGE (n:Entity {id: 'caucasus'})
SET n:Place, n += {name: 'Caucasus', aliases: ['the Caucasus', 'Caucasia', 'Qafqaz'], description: 'Region between the Black and Caspian Seas, where Karl Rahder has reported since first coming there in 2004.', kind: 'region'};

MERGE (n:Entity {id: 'south-caucasus'})
SET n:Place, n += {name: 'South Caucasus', aliases: ['Transcaucasia', 'Cənubi Qafqaz'], description: 'The southern Caucasus (Azerbaijan, Georgia, Armenia), the subject of Karl Rahder’s writing for ISN.', kind: 'region'};

MERGE (n:Entity {id: 'ukraine'})
SET n:Place, n += {name: 'Ukraine', aliases: ['Україна'], description: 'Country of the former USSR where Karl Rahder spends part of his time.', kind: 'country'};

MERGE (n:Entity {id: 'former-ussr'})
SET n:Place, n += {name: 'Former USSR', aliases: ['USSR', 'Soviet Union', 'former Soviet Union'], description: 'The states of the former Soviet Union, where Karl Rahder spends part of his time, mostly in the Caucasus and Ukraine.', kind: 'region'};

MERGE (n:Entity {id: 'afghanistan'})
SET n:Place, n += {name: 'Afghanistan', aliases: [], description: 'Country where Karl Rahder worked as a long-term election observer for Democracy International in 2010.', kind: 'country'};

MERGE (n:Entity {id: 'nagorno-karabakh'})
SET n:Place, n += {name: 'Nagorno-Karabakh', aliases: ['Dağlıq Qarabağ', 'Karabakh', 'Artsakh'], description: 'Region in the South Caucasus, internationally recognised as part of Azerbaijan, at the centre of the frozen Nagorno-Karabakh conflict.', kind: 'region'};

MERGE (n:Entity {id: 'switzerland'})
SET n:Place, n += {name: 'Switzerland', aliases: ['Swiss Confederation'], description: 'Country whose government runs the ISN sites, per the article.', kind: 'country'};

// ---- Events

MERGE (n:Entity {id: 'blackmail-video-publication'})
SET n:Event, n += {name: 'Publication of the Ismayilova blackmail video', aliases: ['release of the blackmail video'], description: 'At least one web site in Azerbaijan released the blackmail video involving Khadija Ismayilova, a “very personal and vicious attack” in the author’s words.', kind: 'publication', date: '2012-03', dateApprox: true};

MERGE (n:Entity {id: 'bashirli-coup-plot'})
SET n:Event, n += {name: 'Alleged plot to overthrow the government (Bashirli case)', aliases: ['plot to overthrow President Aliyev’s government'], description: 'The plot to overthrow the government of which Ruslan Bashirli was convicted in 2006. Dated to 2005 by inference from his arrest.', kind: 'alleged plot', date: '2005', dateApprox: true};

MERGE (n:Entity {id: 'bashirli-arrest-2005'})
SET n:Event, n += {name: 'Arrest of Ruslan Bashirli and two co-defendants', aliases: [], description: 'Arrest in 2005 of Ruslan Bashirli along with two co-defendants.', kind: 'arrest', date: '2005'};

MERGE (n:Entity {id: 'bashirli-trial-2006'})
SET n:Event, n += {name: 'Trial of Ruslan Bashirli', aliases: ['Bashirli trial'], description: 'Sensational 2006 trial of Ruslan Bashirli for plotting to overthrow the government. The key evidence was video footage recorded in Tbilisi.', kind: 'trial', date: '2006'};

MERGE (n:Entity {id: 'bashirli-conviction-2006'})
SET n:Event, n += {name: 'Conviction of Ruslan Bashirli', aliases: [], description: 'Bashirli’s conviction in 2006 for plotting to overthrow the government. By March 2012 his letter says he had served six years and seven months.', kind: 'conviction', date: '2006'};

MERGE (n:Entity {id: 'arab-spring-unrest-azerbaijan-2011'})
SET n:Event, n += {name: 'Azerbaijan’s “Arab Spring” unrest (2011)', aliases: ['Arab Spring unrest', 'Azerbaijan’s “Arab Spring”'], description: 'Protest movement in Azerbaijan in 2011 (“last year” in the article), during which people were arrested and convicted on a variety of charges.', kind: 'protest movement', date: '2011', dateApprox: true};

MERGE (n:Entity {id: 'april-2011-demonstrations'})
SET n:Event, n += {name: 'April 2011 demonstrations', aliases: ['the April demonstrations'], description: 'Demonstrations in Azerbaijan in April 2011 (the article says “the April demonstrations”), for participation in which Elnur Israfilov was convicted.', kind: 'demonstration', date: '2011-04', dateApprox: true};

MERGE (n:Entity {id: 'israfilov-conviction'})
SET n:Event, n += {name: 'Conviction of Elnur Israfilov', aliases: [], description: 'Israfilov’s conviction for his participation in the April demonstrations. The year is inferred (2011), not stated.', kind: 'conviction', date: '2011', dateApprox: true};

MERGE (n:Entity {id: 'political-prisoners-release-2012'})
SET n:Event, n += {name: 'Rumoured release of political prisoners (2012)', aliases: ['release of political prisoners', 'presidential pardon of political prisoners'], description: 'Rumour, from the author’s anonymous source, that President Aliyev is about to release virtually all political prisoners of the 2011 unrest, ahead of Novruz and Eurovision.', kind: 'release', date: '2012-03', dateApprox: true};

MERGE (n:Entity {id: 'bashirli-release-2012'})
SET n:Event, n += {name: 'Expected pardon and release of Ruslan Bashirli', aliases: ['Bashirli pardon'], description: 'Pardon and release of Ruslan Bashirli that his family, per the author’s source, expected “in the next day or two”. Unconfirmed at the time of writing.', kind: 'pardon', date: '2012-03', dateApprox: true};

MERGE (n:Entity {id: 'bashirli-family-travel-to-baku'})
SET n:Event, n += {name: 'Bashirli’s family travels to Baku', aliases: [], description: 'Bashirli’s family travelled to Baku in anticipation of his release, according to the author’s anonymous source.', kind: 'travel', date: '2012-03', dateApprox: true};

MERGE (n:Entity {id: 'novruz-2012'})
SET n:Event, n += {name: 'Novruz 2012', aliases: ['Novruz', 'Nowruz', 'Novruz Bayramı'], description: 'The Azeri Novruz (spring new year) celebrations, “beginning soon” when the article was written. Presidential pardons are often granted during holidays.', kind: 'holiday', date: '2012-03', dateApprox: true};

MERGE (n:Entity {id: 'eurovision-2012'})
SET n:Event, n += {name: 'Eurovision Song Contest 2012', aliases: ['Eurovision 2012', 'ESC 2012', 'Eurovision Song Contest'], description: 'Song contest to be held in Baku in May 2012, ahead of which the international press commented negatively on Azerbaijan’s human rights situation.', kind: 'contest', date: '2012-05', dateApprox: true};

MERGE (n:Entity {id: 'rahder-ibrahimli-skype-call'})
SET n:Event, n += {name: 'Rahder’s Skype conversation with Mammad Ibrahimli', aliases: [], description: 'Conversation via Skype in February 2012 in which Israfilov’s uncle told the author the letter seemed dictated or authored by someone else and blamed Eynullah Fatullayev.', kind: 'interview', date: '2012-02', dateApprox: true};

MERGE (n:Entity {id: 'fatullayev-imprisonment'})
SET n:Event, n += {name: 'Imprisonment of Eynullah Fatullayev', aliases: [], description: 'Fatullayev’s time as a political prisoner. The article only calls him a “former political prisoner”. The years (arrested 2007, released 2011) are from the public record.', kind: 'imprisonment', startDate: '2007', endDate: '2011'};

MERGE (n:Entity {id: 'rahder-first-caucasus-visit'})
SET n:Event, n += {name: 'Karl Rahder first comes to the Caucasus', aliases: [], description: 'Karl Rahder first came to the Caucasus in 2004, while on a CEP Visiting Faculty Fellowship.', kind: 'travel', date: '2004'};

MERGE (n:Entity {id: 'rahder-cep-fellowship'})
SET n:Event, n += {name: 'Karl Rahder’s CEP Visiting Faculty Fellowship', aliases: [], description: 'Rahder’s CEP Visiting Faculty Fellowship, during which he first came to the Caucasus in 2004. Its full span is not given.', kind: 'fellowship', date: '2004', dateApprox: true};

MERGE (n:Entity {id: 'rahder-afghanistan-observation-2010'})
SET n:Event, n += {name: 'Long-term election observation in Afghanistan (2010)', aliases: [], description: 'Karl Rahder worked as a long-term observer in Afghanistan for Democracy International in 2010.', kind: 'election observation', date: '2010'};

MERGE (n:Entity {id: 'rahder-osce-election-observation'})
SET n:Event, n += {name: 'OSCE election observation (Karl Rahder)', aliases: [], description: 'For many years up to the article, Karl Rahder has served as an on-call election observer for the OSCE. Start year not given.', kind: 'election observation', endDate: '2012-03', dateApprox: true};

MERGE (n:Entity {id: 'nagorno-karabakh-conflict'})
SET n:Event, n += {name: 'Nagorno-Karabakh conflict', aliases: ['Karabakh conflict', 'Qarabağ münaqişəsi'], description: 'The “frozen” conflict over Nagorno-Karabakh, on which Karl Rahder has reported. The start year (1988) is from the public record, not the article.', kind: 'conflict', startDate: '1988'};
