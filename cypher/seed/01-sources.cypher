// Tracegraph seed, file 1 of 3: Source nodes (the documents the graph cites).
// The article itself (rahder-2012-azerbaijan-blackmail-video) is the only text held, the
// other sources are documents it cites or describes (RFE/RL article, Turan report, letters,
// videos, the rumoured release order, the photo, the ANS TV coverage, ISN pieces).
// Every node: Entity plus Source. id, name, aliases, description, title, publisher, kind,
// published (partial ISO date) when known. No url is given by the article. See cypher/MODEL.md.
//
// One row per node, loaded by the statement at the end of the file (MERGE on id, so it can run again).

UNWIND [
  {id: 'rahder-2012-azerbaijan-blackmail-video', label: 'Source', properties: {name: 'Azerbaijan: Blackmail Video Made Public (Rahder, 2012)', aliases: [], description: 'Blog post by Karl Rahder on Foreign Policy Blogs about the release of a blackmail video targeting Khadija Ismayilova, a rumoured release of political prisoners, and letters of contrition attributed to Ruslan Bashirli and Elnur Israfilov.', title: 'Azerbaijan: Blackmail Video Made Public, Possible Imminent Release of Political Prisoners', publisher: 'Foreign Policy Blogs', kind: 'article', published: '2012-03'}},

  {id: 'rfe-rl-article-blackmail-video', label: 'Source', properties: {name: 'RFE/RL article on the Ismayilova blackmail video', aliases: [], description: 'RFE/RL article, cited by Rahder, that quotes Khadija Ismayilova’s public statement and alleges that the URL of the site that posted the video falsely suggests a connection with the Musavat party. Its title and link are not given.', title: 'RFE/RL article quoting Khadija Ismayilova’s statement on the blackmail video (title not given)', publisher: 'RFE/RL', kind: 'article', published: '2012-03', dateApprox: true}},

  {id: 'ismayilova-public-statement', label: 'Source', properties: {name: 'Ismayilova’s public statement', aliases: [], description: 'Khadija Ismayilova’s public response to the publication of the blackmail video, quoted in an RFE/RL article: she will not be deterred and will keep publishing her investigations.', title: 'Public statement by Khadija Ismayilova on the blackmail video', publisher: 'Khadija Ismayilova', kind: 'statement', published: '2012-03', dateApprox: true}},

  {id: 'turan-report-yeni-musavat-editor', label: 'Source', properties: {name: 'Turan report: Yeni Musavat editor on the site', aliases: [], description: 'Report by the Baku-based Turan News Agency in which the editor of Yeni Musavat says that the site that posted the video has no relation to his newspaper or to the Musavat party.', title: 'Turan News Agency report on the Yeni Musavat editor’s denial (title not given)', publisher: 'Turan News Agency', kind: 'report', published: '2012-03', dateApprox: true}},

  {id: 'bashirli-letter-to-aliyev', label: 'Source', properties: {name: 'Bashirli’s letter to President Aliyev (purported)', aliases: [], description: 'Purported letter in which Ruslan Bashirli asks President Aliyev for a pardon, says he has served six years and seven months, confesses to wrong-doing, denounces his former political allies and praises the president’s achievements. The article’s link to it is missing (“available at,”).', title: 'Letter from Ruslan Bashirli to President Aliyev asking for a pardon (purported)', kind: 'letter', published: '2012-03', dateApprox: true}},

  {id: 'israfilov-letter', label: 'Source', properties: {name: 'Israfilov’s letter (supposedly written by him)', aliases: [], description: 'Letter of contrition supposedly written by Elnur Israfilov, “a similar letter” to Bashirli’s in the article’s words, three weeks before it. It blames his uncle Mammad Ibrahimli for instigating his actions. Ibrahimli told the author it was written in a style that suggested it was dictated or authored by someone else.', title: 'Letter supposedly written by Elnur Israfilov', kind: 'letter', published: '2012-02', dateApprox: true}},

  {id: 'bashirli-tbilisi-footage', label: 'Source', properties: {name: 'Video footage used against Bashirli', aliases: [], description: 'Video footage, the key evidence against Ruslan Bashirli, that appeared to show him bragging to associates and so-called “Armenian agents”, in Tbilisi, that he was working with NDI to overthrow President Aliyev’s government.', title: 'Video footage used as the key evidence against Ruslan Bashirli (title not given)', kind: 'video'}},

  {id: 'ismayilova-blackmail-video', label: 'Source', properties: {name: 'Blackmail video involving Khadija Ismayilova', aliases: [], description: 'Blackmail video involving the journalist Khadija Ismayilova, released in March 2012 by at least one web site in Azerbaijan.', title: 'Blackmail video involving Khadija Ismayilova', publisher: 'Unnamed web site in Azerbaijan', kind: 'video', published: '2012-03', dateApprox: true}},

  {id: 'political-prisoners-release-order', label: 'Source', properties: {name: 'Release order for political prisoners (rumoured)', aliases: [], description: 'Release order that, according to the author’s anonymous Azeri source, President Aliyev has already signed. Its existence is unconfirmed.', title: 'Presidential release order for political prisoners (rumoured)', kind: 'order'}},

  {id: 'rfe-rl-photo-ismayilova', label: 'Source', properties: {name: 'Photo of Khadija Ismayilova (RFE/RL, Dragan Milojevic)', aliases: [], description: 'Photograph illustrating the article: Khadija Ismayilova, left center, shaking hands. Credit line: “RFE/RL Dragan Milojevic”.', title: 'Khadija Ismayilova, left center, shaking hands', publisher: 'RFE/RL', kind: 'photo'}},

  {id: 'ans-tv-bashirli-coverage', label: 'Source', properties: {name: 'ANS TV coverage of the Bashirli story', aliases: [], description: 'Coverage on pro-government ANS TV that was “playing up the Bashirli story” on the day of the article.', title: 'ANS TV coverage of the Bashirli story (March 2012)', publisher: 'ANS TV', kind: 'broadcast', published: '2012-03', dateApprox: true}},

  {id: 'rahder-isn-south-caucasus-articles', label: 'Source', properties: {name: 'Rahder’s ISN articles on the South Caucasus', aliases: [], description: 'Karl Rahder’s earlier writing on the South Caucasus for ISN Security Watch and ISN Insights. The individual pieces are not named in the article.', title: 'Karl Rahder’s articles on the South Caucasus for ISN Security Watch and ISN Insights', publisher: 'ISN Security Watch, ISN Insights', kind: 'article'}}
] AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label), n += row.properties;
