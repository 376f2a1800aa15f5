// Tracegraph seed, file 2 of 3: Person, Organisation, Event and Place nodes
// from the article by Karl Rahder (Foreign Policy Blogs, March 2012).
// Every node: Entity plus exactly one of Person, Organisation, Event, Place,
// id (slug), name, aliases (list), description. Organisations, events and places carry kind,
// events carry date or startDate and endDate (partial ISO), and dateApprox when inferred.
// Unnamed people and groups the article mentions are modelled too. See cypher/MODEL.md.
//
// One row per node, loaded by the statement at the end of the file (MERGE on id, so it can run again).

UNWIND [
  // ---- People
  {id: 'khadija-ismayilova', label: 'Person', properties: {name: 'Khadija Ismayilova', aliases: ['Xədicə İsmayılova', 'Khadija Ismailova', 'Khadija Ismayil', 'Khadija Ismayilov', 'Khadija'], description: 'Well-known Azerbaijani investigative journalist and correspondent (RFE/RL’s Azerbaijani service, Radio Azadliq). Target of a blackmail video released online in March 2012.'}},

  {id: 'ruslan-bashirli', label: 'Person', properties: {name: 'Ruslan Bashirli', aliases: ['Ruslan Bəşirli', 'Ruslan Bashirly', 'Ruslan Beshirli', 'Bashirli'], description: 'Founding member of the Azerbaijani youth group Yeni Fekir (New Idea), arrested in 2005 and convicted in 2006 of plotting to overthrow the government. Reported in March 2012 to have written to President Aliyev asking for a pardon.'}},

  {id: 'elnur-israfilov', label: 'Person', properties: {name: 'Elnur Israfilov', aliases: ['Elnur İsrafilov', 'Israfilov'], description: 'Young man convicted for his participation in the April 2011 demonstrations in Azerbaijan. A letter of contrition supposedly written by him blames his uncle Mammad Ibrahimli.'}},

  {id: 'mammad-ibrahimli', label: 'Person', properties: {name: 'Mammad Ibrahimli', aliases: ['Məmməd İbrahimli', 'Mamed Ibragimli', 'Mammad Ibragimli', 'Ibrahimli'], description: 'Uncle of Elnur Israfilov, blamed in Israfilov’s letter for instigating his actions. He told the author the letter seemed dictated or authored by someone else.'}},

  {id: 'eynullah-fatullayev', label: 'Person', properties: {name: 'Eynullah Fatullayev', aliases: ['Eynulla Fətullayev', 'Eynulla Fatullayev', 'Eynullah Fatulayev', 'Eynulla Fatulayev', 'Fatullayev'], description: 'Azerbaijani journalist and former political prisoner. Mammad Ibrahimli alleges that he convinced Elnur Israfilov to write his letter.'}},

  {id: 'ilham-aliyev', label: 'Person', properties: {name: 'Ilham Aliyev', aliases: ['İlham Əliyev', 'President Aliyev', 'Ilham Aliev', 'Aliyev'], description: 'President of Azerbaijan (since 2003). Addressee of Bashirli’s letter asking for a pardon. Rumoured to have signed a release order for political prisoners.'}},

  {id: 'karl-rahder', label: 'Person', properties: {name: 'Karl Rahder', aliases: ['Karl'], description: 'Author of the article and a friend of Khadija Ismayilova. Writes on the South Caucasus for ISN, teaches international relations, and has observed elections for the OSCE and Democracy International.'}},

  {id: 'dragan-milojevic', label: 'Person', properties: {name: 'Dragan Milojevic', aliases: ['Dragan Milojević'], description: 'Photographer credited, with RFE/RL, for the article’s photo of Khadija Ismayilova.'}},

  {id: 'yeni-musavat-editor', label: 'Person', properties: {name: 'Editor of Yeni Musavat (unnamed)', aliases: ['editor of Yeni Musavat'], description: 'Unnamed editor of the Musavat party newspaper Yeni Musavat who, according to Turan News Agency, says the site that posted the video has no relation to his newspaper or the party.'}},

  {id: 'azeri-opposition-source', label: 'Person', properties: {name: 'Anonymous Azeri source close to the opposition', aliases: ['my Azeri source', 'my source'], description: 'Unnamed source of the author, close to the Azerbaijani opposition, who says President Aliyev is about to release political prisoners and that Bashirli’s family has travelled to Baku.'}},

  {id: 'bashirli-co-defendant-1', label: 'Person', properties: {name: 'Co-defendant of Ruslan Bashirli (unnamed, 1 of 2)', aliases: [], description: 'One of two unnamed co-defendants arrested with Ruslan Bashirli in 2005.'}},

  {id: 'bashirli-co-defendant-2', label: 'Person', properties: {name: 'Co-defendant of Ruslan Bashirli (unnamed, 2 of 2)', aliases: [], description: 'One of two unnamed co-defendants arrested with Ruslan Bashirli in 2005.'}},

  // ---- Organisations and groups

  {id: 'musavat', label: 'Organisation', properties: {name: 'Musavat', aliases: ['Müsavat', 'Musavat party', 'Equality', 'Equality party', 'Müsavat Partiyası'], description: 'Azerbaijani opposition party (the name means Equality). Yeni Musavat is its party newspaper.', kind: 'party'}},

  {id: 'yeni-musavat', label: 'Organisation', properties: {name: 'Yeni Musavat', aliases: ['Yeni Müsavat', 'New Musavat'], description: 'Newspaper of the Musavat party. Its editor says the site that posted the video has no relation to the newspaper or the party.', kind: 'newspaper'}},

  {id: 'yeni-fekir', label: 'Organisation', properties: {name: 'Yeni Fekir', aliases: ['Yeni Fikir', 'New Idea', 'Yeni Fekir youth group'], description: 'Azerbaijani opposition youth group (the name means New Idea). Ruslan Bashirli was a founding member.', kind: 'youth group'}},

  {id: 'ndi', label: 'Organisation', properties: {name: 'National Democratic Institute', aliases: ['NDI', 'National Democratic Institute for International Affairs'], description: 'US-based democracy-promotion organisation. Footage used against Bashirli appeared to show him saying he was working with NDI to overthrow President Aliyev’s government.', kind: 'NGO'}},

  {id: 'rfe-rl', label: 'Organisation', properties: {name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL', 'Radio Liberty', 'Radio Azadliq', 'Radio Azadlıq', 'Azadlıq Radiosu'], description: 'US-funded international broadcaster (Radio Azadliq is its Azerbaijani service). It published the article quoting Ismayilova’s statement and is credited for the photo.', kind: 'broadcaster'}},

  {id: 'turan-news-agency', label: 'Organisation', properties: {name: 'Turan News Agency', aliases: ['Turan', 'Turan Information Agency', 'Turan İnformasiya Agentliyi'], description: 'Independent news agency in Baku. It reported the Yeni Musavat editor’s denial of any link with the site that posted the video.', kind: 'news agency'}},

  {id: 'ans-tv', label: 'Organisation', properties: {name: 'ANS TV', aliases: ['ANS'], description: 'Pro-government Azerbaijani television channel that was playing up the Bashirli story.', kind: 'broadcaster'}},

  {id: 'blackmail-video-website', label: 'Organisation', properties: {name: 'Unnamed web site that posted the blackmail video', aliases: ['the site that posted the video'], description: 'Web site in Azerbaijan that released the blackmail video involving Khadija Ismayilova. According to RFE/RL its URL falsely suggests a connection with the Musavat party.', kind: 'website'}},

  {id: 'foreign-policy-blogs', label: 'Organisation', properties: {name: 'Foreign Policy Blogs', aliases: ['FPB'], description: 'Blog network on international affairs that published Karl Rahder’s article.', kind: 'website'}},

  {id: 'isn', label: 'Organisation', properties: {name: 'ISN', aliases: ['International Relations and Security Network'], description: 'International Relations and Security Network, for which Karl Rahder works on stories. Its sites ISN Security Watch and ISN Insights are run by the Swiss government, per the article.', kind: 'publisher'}},

  {id: 'isn-security-watch', label: 'Organisation', properties: {name: 'ISN Security Watch', aliases: ['Security Watch'], description: 'News and global affairs site run by the Swiss government (per the article), for which Karl Rahder has written on the South Caucasus.', kind: 'website'}},

  {id: 'isn-insights', label: 'Organisation', properties: {name: 'ISN Insights', aliases: [], description: 'News and global affairs site run by the Swiss government (per the article), for which Karl Rahder has written on the South Caucasus.', kind: 'website'}},

  {id: 'swiss-government', label: 'Organisation', properties: {name: 'Swiss government', aliases: ['Government of Switzerland', 'Swiss federal government'], description: 'Government of Switzerland, which runs the ISN Security Watch and ISN Insights sites according to the article.', kind: 'government'}},

  {id: 'osce', label: 'Organisation', properties: {name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe', 'ATƏT'], description: 'Organization for Security and Co-operation in Europe, for which Karl Rahder has served as an on-call election observer.', kind: 'intergovernmental organisation'}},

  {id: 'democracy-international', label: 'Organisation', properties: {name: 'Democracy International', aliases: ['DI'], description: 'Democracy-support organisation for which Karl Rahder worked as a long-term observer in Afghanistan in 2010.', kind: 'NGO'}},

  {id: 'university-of-chicago', label: 'Organisation', properties: {name: 'University of Chicago', aliases: ['UChicago'], description: 'University in Chicago where Karl Rahder received his MA.', kind: 'university'}},

  {id: 'cep-visiting-faculty-fellowship', label: 'Organisation', properties: {name: 'CEP Visiting Faculty Fellowship', aliases: ['CEP', 'Civic Education Project', 'Civic Education Project Visiting Faculty Fellowship'], description: 'Visiting faculty fellowship programme of CEP (the Civic Education Project), on which Karl Rahder first came to the Caucasus in 2004.', kind: 'fellowship programme'}},

  {id: 'government-of-azerbaijan', label: 'Organisation', properties: {name: 'Government of Azerbaijan', aliases: ['President Aliyev’s government', 'Azerbaijani government', 'Azərbaycan hökuməti'], description: 'The government of President Ilham Aliyev, which Ruslan Bashirli was convicted of plotting to overthrow.', kind: 'government'}},

  {id: 'azerbaijani-opposition', label: 'Organisation', properties: {name: 'Azerbaijani opposition', aliases: ['the opposition', 'Azerbaijan’s opposition'], description: 'The political opposition in Azerbaijan, including the Musavat party.', kind: 'group'}},

  {id: 'bashirli-family', label: 'Organisation', properties: {name: 'Bashirli’s family', aliases: ['family of Ruslan Bashirli'], description: 'Relatives of Ruslan Bashirli (not named or counted in the article), who according to the author’s source travelled to Baku in anticipation of his release.', kind: 'group'}},

  {id: 'bashirli-associates', label: 'Organisation', properties: {name: 'Bashirli’s associates in the Tbilisi footage', aliases: ['associates'], description: 'Unnamed associates to whom Ruslan Bashirli appeared to be bragging in the video footage recorded in Tbilisi.', kind: 'group'}},

  {id: 'so-called-armenian-agents', label: 'Organisation', properties: {name: 'So-called “Armenian agents”', aliases: ['Armenian agents'], description: 'Unnamed people, called “Armenian agents” (the article says “so-called”), who appear with Bashirli in the Tbilisi footage.', kind: 'group'}},

  {id: 'bashirli-former-allies', label: 'Organisation', properties: {name: 'Bashirli’s former political allies', aliases: ['former political allies'], description: 'Unnamed former political allies of Ruslan Bashirli, whom he denounces in his purported letter to President Aliyev.', kind: 'group'}},

  {id: 'powers-that-disliked-aliyev', label: 'Organisation', properties: {name: 'Powers that “disliked you and us”', aliases: ['powers that disliked you and us'], description: 'Unnamed powers that, according to Bashirli’s purported letter, influenced him when he was “hot-tempered”.', kind: 'group'}},

  {id: 'arab-spring-political-prisoners', label: 'Organisation', properties: {name: 'Political prisoners of the 2011 unrest', aliases: ['political prisoners', 'Arab Spring political prisoners'], description: 'Political prisoners arrested and convicted on a variety of charges during Azerbaijan’s 2011 “Arab Spring” unrest, whose release is rumoured.', kind: 'group'}},

  {id: 'international-press', label: 'Organisation', properties: {name: 'International press', aliases: ['international media'], description: 'Foreign news media whose increasingly negative commentary on Azerbaijan’s human rights situation ahead of Eurovision is, per the author’s source, behind the urgency of the rumoured release.', kind: 'group'}},

  // ---- Places

  {id: 'azerbaijan', label: 'Place', properties: {name: 'Azerbaijan', aliases: ['Azərbaycan', 'Republic of Azerbaijan', 'Azərbaycan Respublikası'], description: 'Country in the South Caucasus, the main setting of the article.', kind: 'country'}},

  {id: 'baku', label: 'Place', properties: {name: 'Baku', aliases: ['Bakı'], description: 'Capital of Azerbaijan, host of the Eurovision Song Contest 2012 and seat of Turan News Agency.', kind: 'city'}},

  {id: 'tbilisi', label: 'Place', properties: {name: 'Tbilisi', aliases: ['Tiflis', 'Tbilisi, Georgia'], description: 'Capital of Georgia, where the video footage used against Ruslan Bashirli was recorded. Karl Rahder has taught there.', kind: 'city'}},

  {id: 'georgia', label: 'Place', properties: {name: 'Georgia', aliases: ['Sakartvelo', 'Republic of Georgia'], description: 'Country in the South Caucasus, implied by the article through its capital Tbilisi.', kind: 'country'}},

  {id: 'chicago', label: 'Place', properties: {name: 'Chicago', aliases: [], description: 'US city where Karl Rahder studied and sometimes teaches international relations.', kind: 'city'}},

  {id: 'united-states', label: 'Place', properties: {name: 'United States', aliases: ['US', 'USA', 'United States of America'], description: 'Country where Karl Rahder spends part of his time.', kind: 'country'}},

  {id: 'caucasus', label: 'Place', properties: {name: 'Caucasus', aliases: ['the Caucasus', 'Caucasia', 'Qafqaz'], description: 'Region between the Black and Caspian Seas, where Karl Rahder has reported since first coming there in 2004.', kind: 'region'}},

  {id: 'south-caucasus', label: 'Place', properties: {name: 'South Caucasus', aliases: ['Transcaucasia', 'Cənubi Qafqaz'], description: 'The southern Caucasus (Azerbaijan, Georgia, Armenia), the subject of Karl Rahder’s writing for ISN.', kind: 'region'}},

  {id: 'ukraine', label: 'Place', properties: {name: 'Ukraine', aliases: ['Україна'], description: 'Country of the former USSR where Karl Rahder spends part of his time.', kind: 'country'}},

  {id: 'former-ussr', label: 'Place', properties: {name: 'Former USSR', aliases: ['USSR', 'Soviet Union', 'former Soviet Union'], description: 'The states of the former Soviet Union, where Karl Rahder spends part of his time, mostly in the Caucasus and Ukraine.', kind: 'region'}},

  {id: 'afghanistan', label: 'Place', properties: {name: 'Afghanistan', aliases: [], description: 'Country where Karl Rahder worked as a long-term election observer for Democracy International in 2010.', kind: 'country'}},

  {id: 'nagorno-karabakh', label: 'Place', properties: {name: 'Nagorno-Karabakh', aliases: ['Dağlıq Qarabağ', 'Karabakh', 'Artsakh'], description: 'Region in the South Caucasus, internationally recognised as part of Azerbaijan, at the centre of the frozen Nagorno-Karabakh conflict.', kind: 'region'}},

  {id: 'switzerland', label: 'Place', properties: {name: 'Switzerland', aliases: ['Swiss Confederation'], description: 'Country whose government runs the ISN sites, per the article.', kind: 'country'}},

  // ---- Events

  {id: 'blackmail-video-publication', label: 'Event', properties: {name: 'Publication of the Ismayilova blackmail video', aliases: ['release of the blackmail video'], description: 'At least one web site in Azerbaijan released the blackmail video involving Khadija Ismayilova, a “very personal and vicious attack” in the author’s words.', kind: 'publication', date: '2012-03', dateApprox: true}},

  {id: 'bashirli-coup-plot', label: 'Event', properties: {name: 'Alleged plot to overthrow the government (Bashirli case)', aliases: ['plot to overthrow President Aliyev’s government'], description: 'The plot to overthrow the government of which Ruslan Bashirli was convicted in 2006. Dated to 2005 by inference from his arrest.', kind: 'alleged plot', date: '2005', dateApprox: true}},

  {id: 'bashirli-arrest-2005', label: 'Event', properties: {name: 'Arrest of Ruslan Bashirli and two co-defendants', aliases: [], description: 'Arrest in 2005 of Ruslan Bashirli along with two co-defendants.', kind: 'arrest', date: '2005'}},

  {id: 'bashirli-trial-2006', label: 'Event', properties: {name: 'Trial of Ruslan Bashirli', aliases: ['Bashirli trial'], description: 'Sensational 2006 trial of Ruslan Bashirli for plotting to overthrow the government. The key evidence was video footage recorded in Tbilisi.', kind: 'trial', date: '2006'}},

  {id: 'bashirli-conviction-2006', label: 'Event', properties: {name: 'Conviction of Ruslan Bashirli', aliases: [], description: 'Bashirli’s conviction in 2006 for plotting to overthrow the government. By March 2012 his letter says he had served six years and seven months.', kind: 'conviction', date: '2006'}},

  {id: 'arab-spring-unrest-azerbaijan-2011', label: 'Event', properties: {name: 'Azerbaijan’s “Arab Spring” unrest (2011)', aliases: ['Arab Spring unrest', 'Azerbaijan’s “Arab Spring”'], description: 'Protest movement in Azerbaijan in 2011 (“last year” in the article), during which people were arrested and convicted on a variety of charges.', kind: 'protest movement', date: '2011', dateApprox: true}},

  {id: 'april-2011-demonstrations', label: 'Event', properties: {name: 'April 2011 demonstrations', aliases: ['the April demonstrations'], description: 'Demonstrations in Azerbaijan in April 2011 (the article says “the April demonstrations”), for participation in which Elnur Israfilov was convicted.', kind: 'demonstration', date: '2011-04', dateApprox: true}},

  {id: 'israfilov-conviction', label: 'Event', properties: {name: 'Conviction of Elnur Israfilov', aliases: [], description: 'Israfilov’s conviction for his participation in the April demonstrations. The year is inferred (2011), not stated.', kind: 'conviction', date: '2011', dateApprox: true}},

  {id: 'political-prisoners-release-2012', label: 'Event', properties: {name: 'Rumoured release of political prisoners (2012)', aliases: ['release of political prisoners', 'presidential pardon of political prisoners'], description: 'Rumour, from the author’s anonymous source, that President Aliyev is about to release virtually all political prisoners of the 2011 unrest, ahead of Novruz and Eurovision.', kind: 'release', date: '2012-03', dateApprox: true}},

  {id: 'bashirli-release-2012', label: 'Event', properties: {name: 'Expected pardon and release of Ruslan Bashirli', aliases: ['Bashirli pardon'], description: 'Pardon and release of Ruslan Bashirli that his family, per the author’s source, expected “in the next day or two”. Unconfirmed at the time of writing.', kind: 'pardon', date: '2012-03', dateApprox: true}},

  {id: 'bashirli-family-travel-to-baku', label: 'Event', properties: {name: 'Bashirli’s family travels to Baku', aliases: [], description: 'Bashirli’s family travelled to Baku in anticipation of his release, according to the author’s anonymous source.', kind: 'travel', date: '2012-03', dateApprox: true}},

  {id: 'novruz-2012', label: 'Event', properties: {name: 'Novruz 2012', aliases: ['Novruz', 'Nowruz', 'Novruz Bayramı'], description: 'The Azeri Novruz (spring new year) celebrations, “beginning soon” when the article was written. Presidential pardons are often granted during holidays.', kind: 'holiday', date: '2012-03', dateApprox: true}},

  {id: 'eurovision-2012', label: 'Event', properties: {name: 'Eurovision Song Contest 2012', aliases: ['Eurovision 2012', 'ESC 2012', 'Eurovision Song Contest'], description: 'Song contest to be held in Baku in May 2012, ahead of which the international press commented negatively on Azerbaijan’s human rights situation.', kind: 'contest', date: '2012-05', dateApprox: true}},

  {id: 'rahder-ibrahimli-skype-call', label: 'Event', properties: {name: 'Rahder’s Skype conversation with Mammad Ibrahimli', aliases: [], description: 'Conversation via Skype in February 2012 in which Israfilov’s uncle told the author the letter seemed dictated or authored by someone else and blamed Eynullah Fatullayev.', kind: 'interview', date: '2012-02', dateApprox: true}},

  {id: 'fatullayev-imprisonment', label: 'Event', properties: {name: 'Imprisonment of Eynullah Fatullayev', aliases: [], description: 'Fatullayev’s time as a political prisoner. The article only calls him a “former political prisoner”. The years (arrested 2007, released 2011) are from the public record.', kind: 'imprisonment', startDate: '2007', endDate: '2011'}},

  {id: 'rahder-first-caucasus-visit', label: 'Event', properties: {name: 'Karl Rahder first comes to the Caucasus', aliases: [], description: 'Karl Rahder first came to the Caucasus in 2004, while on a CEP Visiting Faculty Fellowship.', kind: 'travel', date: '2004'}},

  {id: 'rahder-cep-fellowship', label: 'Event', properties: {name: 'Karl Rahder’s CEP Visiting Faculty Fellowship', aliases: [], description: 'Rahder’s CEP Visiting Faculty Fellowship, during which he first came to the Caucasus in 2004. Its full span is not given.', kind: 'fellowship', date: '2004', dateApprox: true}},

  {id: 'rahder-afghanistan-observation-2010', label: 'Event', properties: {name: 'Long-term election observation in Afghanistan (2010)', aliases: [], description: 'Karl Rahder worked as a long-term observer in Afghanistan for Democracy International in 2010.', kind: 'election observation', date: '2010'}},

  {id: 'rahder-osce-election-observation', label: 'Event', properties: {name: 'OSCE election observation (Karl Rahder)', aliases: [], description: 'For many years up to the article, Karl Rahder has served as an on-call election observer for the OSCE. Start year not given.', kind: 'election observation', endDate: '2012-03', dateApprox: true}},

  {id: 'nagorno-karabakh-conflict', label: 'Event', properties: {name: 'Nagorno-Karabakh conflict', aliases: ['Karabakh conflict', 'Qarabağ münaqişəsi'], description: 'The “frozen” conflict over Nagorno-Karabakh, on which Karl Rahder has reported. The start year (1988) is from the public record, not the article.', kind: 'conflict', startDate: '1988'}}
] AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label), n += row.properties;
