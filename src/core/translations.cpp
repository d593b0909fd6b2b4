// Every text the product shows, in English, French and Spanish.
//
// Tips and advice are drawn from the seed documents (the French SSI chapter, the English
// overview and the Spanish "16 claves" post), rephrased. A tip holds the placeholder {n}
// exactly once: the metric's next step (catalog next_step, absolute value; 1 for checkboxes).
//
// The table may be in any order: a sorted index is built at compile time and text() binary
// searches it. Duplicate keys and missing English texts fail the build.
#include "translations.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <vector>

namespace ssi::core {

namespace {

// The web page's ssi.js is built with SSI_ENGLISH_TEXTS_ONLY: it carries the English texts, and
// the other languages arrive as text files (dist/i18n/<lang>.txt, written from this table by
// src/tools/text_file.cpp) through load_texts(), so a first visit downloads one language.
#ifdef SSI_ENGLISH_TEXTS_ONLY
#define SSI_TEXT(key, en, fr, es) {key, en, {}, {}}
#else
#define SSI_TEXT(key, en, fr, es) {key, en, fr, es}
#endif

// clang-format off
constexpr Translation table[] = {
    // ---- Pillars: official names, and what each one measures.
    SSI_TEXT("pillar.brand.name",
     "Establish your professional brand",
     "Établir votre marque professionnelle",
     "Establece tu marca profesional"),
    SSI_TEXT("pillar.brand.about",
     "How complete and clear your profile is, whether your skills are endorsed, whether you show media, and whether you publish posts that bring followers.",
     "Si votre profil est complet et clair, si vos compétences sont validées, si vous montrez des médias et publiez des contenus qui attirent des abonnés.",
     "Si tu perfil está completo y es claro, si tus aptitudes están validadas, si usas elementos multimedia y si publicas contenidos que atraen seguidores."),
    SSI_TEXT("pillar.people.name",
     "Find the right people",
     "Trouver les bonnes personnes",
     "Encuentra a las personas adecuadas"),
    SSI_TEXT("pillar.people.about",
     "How well you reach your target audience: searches and filters, prospect profiles viewed, visits to your profile, leads saved and how often you are active.",
     "Votre capacité à atteindre votre public cible : recherches et filtres, profils de prospects consultés, visites de votre profil, prospects enregistrés et fréquence d'activité.",
     "Tu capacidad para llegar a tu público objetivo: búsquedas y filtros, perfiles de clientes potenciales vistos, visitas a tu perfil, leads guardados y frecuencia de actividad."),
    SSI_TEXT("pillar.insights.name",
     "Engage with insights",
     "Échanger des informations",
     "Interactúa ofreciendo información"),
    SSI_TEXT("pillar.insights.about",
     "How you take part: reacting to and commenting on others' posts, posting and sharing useful content, joining groups and talking through direct messages.",
     "Votre participation : réagir aux publications des autres et les commenter, publier et partager du contenu utile, animer des groupes et échanger par messages directs.",
     "Tu participación: reaccionar y comentar publicaciones de otros, publicar y compartir contenido útil, participar en grupos y conversar por mensajes directos."),
    SSI_TEXT("pillar.relationships.name",
     "Build relationships",
     "Développer des relations",
     "Crea relaciones"),
    SSI_TEXT("pillar.relationships.about",
     "The size and quality of your network: your connections, the decision makers and coworkers among them, and how many of your invitations are accepted.",
     "La taille et la qualité de votre réseau : vos relations, les décideurs et collègues parmi elles, et la part de vos invitations qui sont acceptées.",
     "El tamaño y la calidad de tu red: tus contactos, los decisores y compañeros entre ellos, y cuántas de tus invitaciones se aceptan."),

    // ---- Units: the short suffix shown after a value.
    SSI_TEXT("unit.item",          "done",      "fait",         "hecho"),
    SSI_TEXT("unit.count",         "total",     "total",        "total"),
    SSI_TEXT("unit.per_week",      "/week",     "/semaine",     "/semana"),
    SSI_TEXT("unit.per_month",     "/month",    "/mois",        "/mes"),
    SSI_TEXT("unit.per_post",      "/post",     "/publication", "/publicación"),
    SSI_TEXT("unit.percent",       "%",         "%",            "%"),
    SSI_TEXT("unit.hours",         "h",         "h",            "h"),
    SSI_TEXT("unit.days_per_week", "days/week", "jours/sem.",   "días/sem."),

    // ---- Advice, one per seed section the catalog points to.
    SSI_TEXT("advice.all_star",
     "Aim for an All-Star profile: fill in as much as you can, above all the headline, the summary, your experience and your education.",
     "Visez le niveau de profil le plus élevé (All-Star) : remplissez-le au maximum, surtout le titre, le résumé, l'expérience et la formation.",
     "Busca un perfil de nivel Estelar: complétalo al 100 % o lo máximo posible, sobre todo el titular, el extracto, la experiencia y la formación."),
    SSI_TEXT("advice.multimedia",
     "Image matters on LinkedIn as on any network: use a good professional photo, and add media such as slides or videos of your talks and courses.",
     "L'image compte sur LinkedIn comme ailleurs : choisissez une photo professionnelle de qualité et ajoutez des médias, comme des présentations ou des vidéos de vos interventions.",
     "La imagen importa en LinkedIn como en cualquier red: usa una foto profesional de calidad y añade presentaciones o vídeos de tus ponencias, clases o cursos."),
    SSI_TEXT("advice.social_proof",
     "Gather more recommendations and endorsements: ask your contacts, or endorse their skills first and many will return the favour. Endorsements from respected people in your sector build credibility.",
     "Recueillez plus de recommandations et de validations : sollicitez vos relations, ou validez d'abord leurs compétences, beaucoup vous le rendront. Être validé par des personnes reconnues de votre secteur renforce votre crédibilité.",
     "Consigue más recomendaciones y validaciones: pídelas a tus contactos o valida antes sus aptitudes, y muchos te corresponderán. Que te validen personas reconocidas de tu sector da credibilidad."),
    SSI_TEXT("advice.publish",
     "Publish articles on LinkedIn's own platform (Pulse) now and then: they reach more people, earn views and engagement, and can bring visitors to your website.",
     "Publiez de temps en temps des articles sur la plateforme de LinkedIn (Pulse) : ils touchent plus de monde, génèrent vues et engagement, et peuvent amener du trafic vers votre site.",
     "Publica de vez en cuando artículos en la plataforma de LinkedIn (Pulse): llegan a más gente, generan visitas e interacción, y pueden llevar tráfico a tu web."),
    SSI_TEXT("advice.search_filters",
     "Filter your searches by keywords: shorter result lists help you find and follow exactly the people you need.",
     "Filtrez vos recherches par mots-clés : des résultats plus courts vous aident à trouver et à suivre exactement les personnes utiles.",
     "Filtra tus búsquedas por palabras clave: con listas más cortas encontrarás y seguirás justo a las personas que buscas."),
    SSI_TEXT("advice.second_degree",
     "Use your 2nd-degree connections to find people who work in your sector or share your interests.",
     "Appuyez-vous sur vos relations de 2e niveau pour trouver des personnes de votre secteur ou qui partagent vos centres d'intérêt.",
     "Apóyate en tus contactos de 2º grado para encontrar gente de tu mismo sector o con tus mismos intereses."),
    SSI_TEXT("advice.follow_viewers",
     "Follow the people who viewed your profile: they came for a reason, and they are often easy to start a conversation with.",
     "Suivez les personnes qui ont consulté votre profil : elles sont venues pour une raison, et le contact est souvent facile à nouer.",
     "Sigue a las personas que han visitado tu perfil: si han entrado, tendrán un motivo, y suele ser fácil iniciar una conversación con ellas."),
    SSI_TEXT("advice.beyond_suggestions",
     "Don't rely only on LinkedIn's suggestions: many of them fall outside your target. What counts is a network of the right people, not a big one.",
     "Ne vous contentez pas des suggestions de LinkedIn : beaucoup sortent de votre cible. Ce qui compte, c'est un réseau de bonnes personnes, pas un grand réseau.",
     "No te quedes solo con las sugerencias de LinkedIn: muchas quedan fuera de tu público objetivo. Lo que cuenta es una red de personas adecuadas, no una red enorme."),
    SSI_TEXT("advice.daily",
     "Log in every day, even for a few minutes, to react, comment and answer your private messages.",
     "Connectez-vous chaque jour, ne serait-ce que quelques minutes, pour réagir, commenter et répondre à vos messages privés.",
     "Entra cada día, aunque sean unos minutos, para reaccionar, comentar y responder a tus mensajes privados."),
    SSI_TEXT("advice.interact",
     "Create engagement often: react to and comment on other people's posts, and reply to the comments on yours.",
     "Suscitez souvent de l'engagement : réagissez aux publications des autres, commentez-les et répondez aux commentaires sur les vôtres.",
     "Genera interacción a menudo: reacciona y comenta las publicaciones de otros, y contesta a los comentarios en las tuyas."),
    SSI_TEXT("advice.own_content",
     "Share content of your own: people follow those who bring them something. No blog? LinkedIn lets you publish directly, so show what you know.",
     "Partagez votre propre contenu : on suit ceux qui apportent quelque chose. Pas de blog ? LinkedIn permet de publier directement, alors montrez ce que vous savez.",
     "Comparte contenido propio: la gente sigue a quien le aporta algo. ¿No tienes blog? LinkedIn te deja publicar directamente, así que enseña lo que sabes."),
    SSI_TEXT("advice.share_others",
     "Share other professionals' content too: nobody has new material every day, and passing on good articles gives your network value.",
     "Partagez aussi le contenu d'autres professionnels : personne n'a du neuf chaque jour, et relayer de bons articles apporte de la valeur à votre réseau.",
     "Comparte también contenidos de otros profesionales: nadie tiene material propio cada día, y difundir buenos artículos aporta valor a tu comunidad."),
    SSI_TEXT("advice.groups",
     "Join the groups where you want to be seen, then be active there: post, comment and take part in the debates.",
     "Rejoignez les groupes où vous voulez gagner en visibilité, puis soyez-y actif : publiez, commentez, participez aux débats.",
     "Únete a los grupos donde quieras ganar visibilidad y luego sé activo en ellos: publica, comenta y participa en los debates."),
    SSI_TEXT("advice.direct_messages",
     "Talk with people through direct messages and answer the ones you receive promptly: conversations are what grow relationships.",
     "Échangez par messages directs et répondez vite à ceux que vous recevez : ce sont les conversations qui font grandir les relations.",
     "Comunícate por mensajes directos y responde pronto a los que recibes: son las conversaciones las que hacen crecer las relaciones."),
    SSI_TEXT("advice.personalise",
     "Tailor each message to its reader and show genuine interest. When someone accepts your invitation, thank them personally, without spam or links.",
     "Adaptez chaque message à son destinataire et montrez un intérêt sincère. Quand quelqu'un accepte votre invitation, remerciez-le personnellement, sans spam ni liens.",
     "Adapta cada mensaje a quien lo recibe y muestra un interés sincero. Cuando alguien acepte tu invitación, agradéceselo con un mensaje personal, sin spam ni enlaces."),
    SSI_TEXT("advice.grow_network",
     "Widen your network with relevant people in your industry (colleagues, clients and influencers) and have a plan to turn them into leads.",
     "Élargissez votre réseau avec des personnes pertinentes de votre secteur (collègues, clients, influenceurs) et ayez une stratégie pour en faire des prospects.",
     "Amplía tu red con personas relevantes de tu sector (compañeros, clientes y referentes) y ten un plan para convertirlas en leads."),
    SSI_TEXT("advice.leaders",
     "Don't be shy about inviting the leading figures of your sector: most people accept, and it opens a door to them.",
     "N'hésitez pas à inviter les figures de référence de votre secteur : la plupart acceptent, et c'est une porte d'entrée vers elles.",
     "Atrévete a invitar a los referentes de tu sector: casi todos aceptan, y es la puerta para entrar en contacto con ellos."),
    SSI_TEXT("advice.coworkers",
     "Connect with your internal audience too: the people you work with, not only the big names of your sector.",
     "Connectez-vous aussi à votre public interne, les personnes avec qui vous travaillez, et pas seulement aux grands noms de votre secteur.",
     "Conecta también con tu público interno, la gente con la que trabajas, y no solo con los nombres destacados de tu sector."),
    SSI_TEXT("advice.quality_invites",
     "Don't send invitations at random: LinkedIn takes into account how many are accepted. Favour quality and people you really want to know.",
     "N'envoyez pas d'invitations à tort et à travers : LinkedIn tient compte de la part acceptée. Privilégiez la qualité et les personnes qui vous intéressent vraiment.",
     "No mandes invitaciones sin criterio: LinkedIn tiene en cuenta cuántas se aceptan. Prioriza la calidad y a las personas que de verdad quieres conocer."),

    // ---- Metrics: Establish your professional brand.
    SSI_TEXT("metric.photo.label", "Profile photo", "Photo de profil", "Foto de perfil"),
    SSI_TEXT("metric.photo.help",
     "Whether your profile shows a photo of you. Tick it if it is a clear, professional picture of your face.",
     "Votre profil affiche-t-il une photo de vous ? Cochez si c'est une photo nette et professionnelle de votre visage.",
     "Si tu perfil muestra una foto tuya. Márcalo si es una imagen nítida y profesional de tu cara."),
    SSI_TEXT("metric.photo.tip",
     "Complete {n} more profile item: add a clear, professional photo of your face.",
     "Complétez {n} élément de plus de votre profil : ajoutez une photo nette et professionnelle.",
     "Completa {n} elemento más de tu perfil: añade una foto nítida y profesional."),

    SSI_TEXT("metric.cover.label", "Cover photo", "Photo de couverture", "Foto de portada"),
    SSI_TEXT("metric.cover.help",
     "The wide banner image behind your photo. Tick it if you replaced LinkedIn's default background.",
     "La bannière large derrière votre photo. Cochez si vous avez remplacé l'arrière-plan par défaut de LinkedIn.",
     "La imagen ancha detrás de tu foto. Márcalo si has sustituido el fondo por defecto de LinkedIn."),
    SSI_TEXT("metric.cover.tip",
     "Complete {n} more profile item: replace the default banner with a cover image about your work.",
     "Complétez {n} élément de plus de votre profil : remplacez la bannière par défaut par une image liée à votre activité.",
     "Completa {n} elemento más de tu perfil: cambia el fondo por defecto por una imagen de portada sobre tu trabajo."),

    SSI_TEXT("metric.headline.label", "Headline", "Titre du profil", "Titular profesional"),
    SSI_TEXT("metric.headline.help",
     "The line under your name. Tick it if it says clearly whom you help and how, not just a job title.",
     "La ligne sous votre nom. Cochez si elle dit clairement qui vous aidez et comment, pas seulement votre intitulé de poste.",
     "La línea bajo tu nombre. Márcalo si dice con claridad a quién ayudas y cómo, no solo tu cargo."),
    SSI_TEXT("metric.headline.tip",
     "Complete {n} more profile item: rewrite your headline to say whom you help and how.",
     "Complétez {n} élément de plus de votre profil : réécrivez votre titre pour dire qui vous aidez et comment.",
     "Completa {n} elemento más de tu perfil: reescribe tu titular para decir a quién ayudas y cómo."),

    SSI_TEXT("metric.about.label", "About (summary)", "Résumé (section Infos)", "Extracto (Acerca de)"),
    SSI_TEXT("metric.about.help",
     "Your summary. Tick it if it is written and tells your audience in a few paragraphs what you do and for whom.",
     "Votre résumé. Cochez s'il est rédigé et explique à votre public, en quelques paragraphes, ce que vous faites et pour qui.",
     "Tu extracto. Márcalo si está redactado y cuenta a tu audiencia, en pocos párrafos, qué haces y para quién."),
    SSI_TEXT("metric.about.tip",
     "Complete {n} more profile item: write a short About section aimed at your audience.",
     "Complétez {n} élément de plus de votre profil : rédigez une courte section Infos pensée pour votre public.",
     "Completa {n} elemento más de tu perfil: escribe un extracto breve pensado para tu audiencia."),

    SSI_TEXT("metric.experience.label", "Experience", "Expérience", "Experiencia"),
    SSI_TEXT("metric.experience.help",
     "Tick it if your current position has a description and at least two past positions are listed.",
     "Cochez si votre poste actuel a une description et si au moins deux postes précédents sont indiqués.",
     "Márcalo si tu puesto actual tiene descripción y figuran al menos dos puestos anteriores."),
    SSI_TEXT("metric.experience.tip",
     "Complete {n} more profile item: describe your current role and add two past positions.",
     "Complétez {n} élément de plus de votre profil : décrivez votre poste actuel et ajoutez deux postes précédents.",
     "Completa {n} elemento más de tu perfil: describe tu puesto actual y añade dos puestos anteriores."),

    SSI_TEXT("metric.education.label", "Education", "Formation", "Formación"),
    SSI_TEXT("metric.education.help",
     "Tick it if at least one school, degree or training course is listed.",
     "Cochez si au moins un établissement, un diplôme ou une formation est indiqué.",
     "Márcalo si figura al menos un centro, un título o una formación."),
    SSI_TEXT("metric.education.tip",
     "Complete {n} more profile item: add your degree or your main training.",
     "Complétez {n} élément de plus de votre profil : ajoutez votre diplôme ou votre formation principale.",
     "Completa {n} elemento más de tu perfil: añade tu título o tu formación principal."),

    SSI_TEXT("metric.skills.label", "Skills", "Compétences", "Aptitudes"),
    SSI_TEXT("metric.skills.help",
     "Tick it if your profile lists at least five skills related to your work.",
     "Cochez si votre profil liste au moins cinq compétences liées à votre métier.",
     "Márcalo si tu perfil incluye al menos cinco aptitudes relacionadas con tu trabajo."),
    SSI_TEXT("metric.skills.tip",
     "Complete {n} more profile item: list at least five skills your clients look for.",
     "Complétez {n} élément de plus de votre profil : indiquez au moins cinq compétences que recherchent vos clients.",
     "Completa {n} elemento más de tu perfil: añade al menos cinco aptitudes que busquen tus clientes."),

    SSI_TEXT("metric.featured.label", "Featured media", "Médias en vedette", "Multimedia destacado"),
    SSI_TEXT("metric.featured.help",
     "Tick it if your Featured section shows media: presentations, videos of your talks, documents or links.",
     "Cochez si votre section Sélection montre des médias : présentations, vidéos de vos interventions, documents ou liens.",
     "Márcalo si tu sección Destacado muestra elementos multimedia: presentaciones, vídeos de tus ponencias, documentos o enlaces."),
    SSI_TEXT("metric.featured.tip",
     "Complete {n} more profile item: feature a presentation or a video of one of your talks.",
     "Complétez {n} élément de plus de votre profil : mettez en avant une présentation ou la vidéo d'une de vos interventions.",
     "Completa {n} elemento más de tu perfil: destaca una presentación o el vídeo de una de tus ponencias."),

    SSI_TEXT("metric.endorsements.label", "Skill endorsements", "Compétences validées", "Aptitudes validadas"),
    SSI_TEXT("metric.endorsements.help",
     "Total endorsements your skills have received, as shown on your profile.",
     "Nombre total de validations reçues par vos compétences, tel qu'affiché sur votre profil.",
     "Número total de validaciones que han recibido tus aptitudes, tal como aparece en tu perfil."),
    SSI_TEXT("metric.endorsements.tip",
     "Earn {n} more endorsements: endorse your contacts' skills and many will return the favour.",
     "Obtenez {n} validations de plus : validez les compétences de vos relations, beaucoup vous rendront la pareille.",
     "Consigue {n} validaciones más: valida las aptitudes de tus contactos y muchos te devolverán el gesto."),

    SSI_TEXT("metric.recommendations.label", "Recommendations", "Recommandations", "Recomendaciones"),
    SSI_TEXT("metric.recommendations.help",
     "Written recommendations you have received and show on your profile, in total.",
     "Nombre total de recommandations écrites que vous avez reçues et affichées sur votre profil.",
     "Número total de recomendaciones escritas que has recibido y se muestran en tu perfil."),
    SSI_TEXT("metric.recommendations.tip",
     "Ask {n} satisfied clients or colleagues for a written recommendation.",
     "Demandez une recommandation écrite à {n} clients ou collègues satisfaits.",
     "Pide una recomendación escrita a {n} clientes o compañeros satisfechos."),

    SSI_TEXT("metric.articles.label", "Articles published", "Articles publiés", "Artículos publicados"),
    SSI_TEXT("metric.articles.help",
     "Long-form articles you have published on LinkedIn (Pulse) so far, in total.",
     "Nombre total d'articles longs que vous avez publiés sur LinkedIn (Pulse) jusqu'ici.",
     "Número total de artículos largos que has publicado en LinkedIn (Pulse) hasta ahora."),
    SSI_TEXT("metric.articles.tip",
     "Publish {n} more articles on LinkedIn (Pulse) about what you know best.",
     "Publiez {n} articles de plus sur LinkedIn (Pulse) sur ce que vous maîtrisez le mieux.",
     "Publica {n} artículos más en LinkedIn (Pulse) sobre lo que mejor dominas."),

    SSI_TEXT("metric.followers.label", "Followers", "Abonnés", "Seguidores"),
    SSI_TEXT("metric.followers.help",
     "People who follow you, as shown on your profile; your posts and articles bring in most of them.",
     "Personnes qui vous suivent, d'après votre profil ; vos publications et articles en amènent la plupart.",
     "Personas que te siguen, según tu perfil; la mayoría llegan gracias a tus publicaciones y artículos."),
    SSI_TEXT("metric.followers.tip",
     "Gain {n} more followers by posting regularly and inviting readers to follow you.",
     "Gagnez {n} abonnés de plus en publiant régulièrement et en invitant vos lecteurs à vous suivre.",
     "Gana {n} seguidores más publicando con regularidad e invitando a tus lectores a seguirte."),

    // ---- Metrics: Find the right people.
    SSI_TEXT("metric.searches.label", "People searches", "Recherches de personnes", "Búsquedas de personas"),
    SSI_TEXT("metric.searches.help",
     "People searches you run per week, including Sales Navigator and keyword filters.",
     "Recherches de personnes que vous lancez chaque semaine, y compris dans Sales Navigator et avec des filtres par mots-clés.",
     "Búsquedas de personas que haces cada semana, incluidas las de Sales Navigator y las filtradas por palabras clave."),
    SSI_TEXT("metric.searches.tip",
     "Run {n} more people searches a week, narrowed with keyword filters.",
     "Lancez {n} recherches de personnes de plus par semaine, affinées par mots-clés.",
     "Haz {n} búsquedas de personas más a la semana, acotadas con filtros de palabras clave."),

    SSI_TEXT("metric.views_made.label", "Prospect profiles viewed", "Profils de prospects vus", "Perfiles objetivo vistos"),
    SSI_TEXT("metric.views_made.help",
     "Profiles of target customers you open per week outside your direct connections (2nd, 3rd degree and beyond).",
     "Profils de clients cibles que vous consultez chaque semaine hors de vos relations directes (2e, 3e niveau et au-delà).",
     "Perfiles de clientes objetivo que visitas cada semana fuera de tus contactos directos (2º, 3er grado y más allá)."),
    SSI_TEXT("metric.views_made.tip",
     "View {n} more target profiles a week, starting from your 2nd-degree connections.",
     "Consultez {n} profils cibles de plus par semaine, en partant de vos relations de 2e niveau.",
     "Visita {n} perfiles objetivo más a la semana, empezando por tus contactos de 2º grado."),

    SSI_TEXT("metric.views_received.label", "Profile views received", "Vues de votre profil", "Visitas a tu perfil"),
    SSI_TEXT("metric.views_received.help",
     "How many people view your profile per week, as shown under Who viewed your profile.",
     "Nombre de personnes qui consultent votre profil chaque semaine, d'après « Qui a consulté votre profil ».",
     "Cuántas personas ven tu perfil cada semana, según «Quién ha visto tu perfil»."),
    SSI_TEXT("metric.views_received.tip",
     "Draw {n} more profile views a week: follow the people who viewed yours and engage with them.",
     "Attirez {n} vues de profil de plus par semaine : suivez les personnes qui ont consulté le vôtre et échangez avec elles.",
     "Consigue {n} visitas más a tu perfil cada semana: sigue a quienes lo han visitado e interactúa con ellos."),

    SSI_TEXT("metric.leads_saved.label", "Leads saved", "Prospects enregistrés", "Leads guardados"),
    SSI_TEXT("metric.leads_saved.help",
     "Leads and accounts you save per month in Sales Navigator, or people you note down to follow up.",
     "Prospects et comptes que vous enregistrez chaque mois dans Sales Navigator, ou personnes notées pour un suivi.",
     "Leads y cuentas que guardas cada mes en Sales Navigator, o personas que apuntas para hacerles seguimiento."),
    SSI_TEXT("metric.leads_saved.tip",
     "Save {n} more well-chosen leads a month instead of relying on LinkedIn's suggestions.",
     "Enregistrez {n} prospects bien choisis de plus par mois, au lieu de vous fier aux suggestions de LinkedIn.",
     "Guarda {n} leads más al mes, bien elegidos, en lugar de fiarte de las sugerencias de LinkedIn."),

    SSI_TEXT("metric.active_days.label", "Active days", "Jours actifs", "Días activos"),
    SSI_TEXT("metric.active_days.help",
     "Days per week you log in and do something on LinkedIn, even for a few minutes.",
     "Jours par semaine où vous vous connectez et agissez sur LinkedIn, même quelques minutes.",
     "Días por semana que entras en LinkedIn y haces algo, aunque sean unos minutos."),
    SSI_TEXT("metric.active_days.tip",
     "Log in on {n} more day each week, even for ten minutes.",
     "Connectez-vous {n} jour de plus par semaine, même dix minutes.",
     "Entra {n} día más a la semana, aunque sean diez minutos."),

    // ---- Metrics: Engage with insights.
    SSI_TEXT("metric.reactions.label", "Reactions given", "Réactions données", "Reacciones dadas"),
    SSI_TEXT("metric.reactions.help",
     "Likes and other reactions you give to other people's posts per week.",
     "Mentions J'aime et autres réactions que vous donnez chaque semaine aux publications des autres.",
     "«Me gusta» y otras reacciones que das cada semana a publicaciones de otras personas."),
    SSI_TEXT("metric.reactions.tip",
     "Give {n} more reactions a week to posts from people in your field.",
     "Réagissez à {n} publications de plus par semaine dans votre secteur.",
     "Reacciona a {n} publicaciones más a la semana de gente de tu sector."),

    SSI_TEXT("metric.comments.label", "Comments written", "Commentaires rédigés", "Comentarios escritos"),
    SSI_TEXT("metric.comments.help",
     "Comments you write per week on other people's posts, plus your replies to comments on your own.",
     "Commentaires que vous écrivez chaque semaine sur les publications des autres, plus vos réponses aux commentaires sur les vôtres.",
     "Comentarios que escribes cada semana en publicaciones de otros, más tus respuestas a los comentarios en las tuyas."),
    SSI_TEXT("metric.comments.tip",
     "Write {n} more thoughtful comments a week on posts in your field.",
     "Écrivez {n} commentaires réfléchis de plus par semaine sur des publications de votre secteur.",
     "Escribe {n} comentarios más a la semana, bien pensados, en publicaciones de tu sector."),

    SSI_TEXT("metric.posts.label", "Posts published", "Publications", "Publicaciones"),
    SSI_TEXT("metric.posts.help",
     "Posts of your own you publish per week: text, images, documents or videos.",
     "Publications personnelles que vous diffusez chaque semaine : texte, images, documents ou vidéos.",
     "Publicaciones propias que haces cada semana: texto, imágenes, documentos o vídeos."),
    SSI_TEXT("metric.posts.tip",
     "Publish {n} more post of your own each week, on a topic you know well.",
     "Publiez {n} publication de plus chaque semaine, sur un sujet que vous maîtrisez.",
     "Haz {n} publicación propia más cada semana, sobre un tema que domines."),

    SSI_TEXT("metric.engagement.label", "Engagement received", "Interactions reçues", "Interacciones recibidas"),
    SSI_TEXT("metric.engagement.help",
     "Average reactions, comments and reposts that one of your posts receives.",
     "Nombre moyen de réactions, commentaires et republications que reçoit une de vos publications.",
     "Media de reacciones, comentarios y veces compartida que recibe cada una de tus publicaciones."),
    SSI_TEXT("metric.engagement.tip",
     "Aim for {n} more reactions or comments per post: end each post with a question.",
     "Visez {n} réactions ou commentaires de plus par publication : terminez chacune par une question.",
     "Busca {n} reacciones o comentarios más por publicación: termina cada una con una pregunta."),

    SSI_TEXT("metric.shares.label", "Shares of others' posts", "Partages de publications", "Contenidos compartidos"),
    SSI_TEXT("metric.shares.help",
     "Posts or articles by other people that you share per week, ideally with a comment of your own.",
     "Publications ou articles d'autres personnes que vous partagez chaque semaine, idéalement avec votre propre commentaire.",
     "Publicaciones o artículos de otras personas que compartes cada semana, mejor con un comentario tuyo."),
    SSI_TEXT("metric.shares.tip",
     "Share {n} more useful posts from others each week, with a comment of your own.",
     "Partagez chaque semaine {n} publications utiles de plus, avec votre propre commentaire.",
     "Comparte cada semana {n} publicaciones útiles más de otros, con un comentario tuyo."),

    SSI_TEXT("metric.groups.label", "Active groups", "Groupes actifs", "Grupos activos"),
    SSI_TEXT("metric.groups.help",
     "Groups in your field where you actually take part (post, comment or reply), not the ones you merely joined.",
     "Groupes de votre secteur où vous participez vraiment (publier, commenter, répondre), pas ceux où vous êtes seulement inscrit.",
     "Grupos de tu sector en los que participas de verdad (publicas, comentas o respondes), no aquellos a los que solo te has unido."),
    SSI_TEXT("metric.groups.tip",
     "Join {n} more group in your field and take part in its discussions.",
     "Rejoignez {n} groupe de plus dans votre secteur et participez à ses discussions.",
     "Únete a {n} grupo más de tu sector y participa en sus debates."),

    SSI_TEXT("metric.messages.label", "Messages sent", "Messages envoyés", "Mensajes enviados"),
    SSI_TEXT("metric.messages.help",
     "Direct messages you send per week to connections and prospects, InMail included.",
     "Messages directs que vous envoyez chaque semaine à vos relations et prospects, InMail compris.",
     "Mensajes directos que envías cada semana a contactos y clientes potenciales, InMail incluidos."),
    SSI_TEXT("metric.messages.tip",
     "Send {n} more personal messages a week to people in your network.",
     "Envoyez {n} messages personnels de plus par semaine à des personnes de votre réseau.",
     "Envía {n} mensajes personales más a la semana a personas de tu red."),

    SSI_TEXT("metric.inmail_rate.label", "InMail reply rate", "Taux de réponse InMail", "Tasa de respuesta InMail"),
    SSI_TEXT("metric.inmail_rate.help",
     "Share of the InMail messages you send that get a reply, in percent.",
     "Part des InMail que vous envoyez qui reçoivent une réponse, en pourcentage.",
     "Porcentaje de los InMail que envías que reciben respuesta."),
    SSI_TEXT("metric.inmail_rate.tip",
     "Raise your InMail reply rate by {n} points by personalising every message.",
     "Augmentez votre taux de réponse InMail de {n} points en personnalisant chaque message.",
     "Sube {n} puntos tu tasa de respuesta InMail personalizando cada mensaje."),

    SSI_TEXT("metric.reply_hours.label", "Time to reply", "Délai de réponse", "Tiempo de respuesta"),
    SSI_TEXT("metric.reply_hours.help",
     "Usual number of hours between receiving a message and answering it; lower is better.",
     "Nombre d'heures habituel entre la réception d'un message et votre réponse ; moins, c'est mieux.",
     "Horas que sueles tardar en contestar un mensaje recibido; cuantas menos, mejor."),
    SSI_TEXT("metric.reply_hours.tip",
     "Reply {n} hours sooner to the messages you receive.",
     "Répondez {n} heures plus tôt aux messages que vous recevez.",
     "Responde {n} horas antes a los mensajes que recibes."),

    // ---- Metrics: Build relationships.
    SSI_TEXT("metric.connections.label", "Connections", "Relations", "Contactos"),
    SSI_TEXT("metric.connections.help",
     "Your first-degree connections in total. Past 500 LinkedIn only shows 500+, so take the exact number from My Network.",
     "Nombre total de vos relations directes. Au-delà de 500, LinkedIn affiche 500+ : prenez le chiffre exact dans Réseau.",
     "Número total de tus contactos de primer grado. A partir de 500 LinkedIn muestra 500+, así que toma la cifra exacta de Mi red."),
    SSI_TEXT("metric.connections.tip",
     "Add {n} relevant connections: people from your sector, clients and partners.",
     "Ajoutez {n} relations pertinentes : personnes de votre secteur, clients et partenaires.",
     "Añade {n} contactos relevantes: gente de tu sector, clientes y socios."),

    SSI_TEXT("metric.decision_makers.label", "Decision makers", "Décideurs", "Directivos y decisores"),
    SSI_TEXT("metric.decision_makers.help",
     "Connections who make decisions in your target market: VPs, C-level executives, owners, heads of purchasing.",
     "Relations qui décident dans votre marché cible : directeurs, dirigeants, propriétaires, responsables des achats.",
     "Contactos con poder de decisión en tu mercado objetivo: directores, alta dirección, propietarios, responsables de compras."),
    SSI_TEXT("metric.decision_makers.tip",
     "Connect with {n} more decision makers or recognised leaders in your sector.",
     "Ajoutez à votre réseau {n} décideurs ou figures reconnues de votre secteur.",
     "Conecta con {n} decisores o referentes más de tu sector."),

    SSI_TEXT("metric.coworkers.label", "Coworkers", "Collègues", "Compañeros de trabajo"),
    SSI_TEXT("metric.coworkers.help",
     "Connections who work, or used to work, at the same company as you.",
     "Relations qui travaillent, ou ont travaillé, dans la même entreprise que vous.",
     "Contactos que trabajan, o han trabajado, en tu misma empresa."),
    SSI_TEXT("metric.coworkers.tip",
     "Connect with {n} more current or former coworkers.",
     "Ajoutez {n} collègues, actuels ou anciens, à vos relations.",
     "Conecta con {n} compañeros de trabajo más, actuales o antiguos."),

    SSI_TEXT("metric.acceptance_rate.label", "Acceptance rate", "Taux d'acceptation", "Tasa de aceptación"),
    SSI_TEXT("metric.acceptance_rate.help",
     "Share of the invitations you send that are accepted, in percent (see Sent invitations in My Network).",
     "Part de vos invitations envoyées qui sont acceptées, en pourcentage (voir Invitations envoyées dans Réseau).",
     "Porcentaje de las invitaciones que envías que se aceptan (consulta Invitaciones enviadas en Mi red)."),
    SSI_TEXT("metric.acceptance_rate.tip",
     "Lift your acceptance rate by {n} points: invite only relevant people, with a personal note.",
     "Relevez votre taux d'acceptation de {n} points : n'invitez que des personnes pertinentes, avec un mot personnel.",
     "Sube {n} puntos tu tasa de aceptación: invita solo a personas relevantes y con una nota personal."),

    // ---- The interface.
    SSI_TEXT("ui.title", "SSI Calculator", "Calculateur SSI", "Calculadora SSI"),
    SSI_TEXT("ui.language_name", "English", "Français", "Español"),
    SSI_TEXT("ui.estimate_notice",
     "An estimate from our own model, not LinkedIn's formula, which is not public. Move the sliders to see what raises your Social Selling Index.",
     "Une estimation issue de notre propre modèle, pas la formule de LinkedIn, qui n'est pas publique. Déplacez les curseurs pour voir ce qui augmente votre Social Selling Index.",
     "Una estimación de nuestro propio modelo, no la fórmula de LinkedIn, que no es pública. Mueve los controles para ver qué aumenta tu Social Selling Index."),
    SSI_TEXT("ui.ssi", "SSI", "SSI", "SSI"),
    SSI_TEXT("ui.theme.auto", "Auto", "Auto", "Auto"),
    SSI_TEXT("ui.theme.light", "Light", "Clair", "Claro"),
    SSI_TEXT("ui.theme.dark", "Dark", "Sombre", "Oscuro"),
    SSI_TEXT("ui.notice_title", "Please note:", "À noter :", "Ten en cuenta:"),
    SSI_TEXT("ui.dismiss", "Dismiss", "Fermer", "Cerrar"),
    SSI_TEXT("ui.share", "Share", "Partager", "Compartir"),
    SSI_TEXT("ui.save_image", "Save image", "Enregistrer l'image", "Guardar imagen"),
    SSI_TEXT("ui.print_report", "Print report", "Imprimer le rapport", "Imprimir informe"),
    SSI_TEXT("ui.save_image_help", "A picture of your score to post or send (1200 x 627, as LinkedIn shows link previews)",
     "Une image de votre score à publier ou envoyer (1200 x 627, le format des aperçus de LinkedIn)",
     "Una imagen de tu puntuación para publicar o enviar (1200 x 627, el formato de las vistas previas de LinkedIn)"),
    SSI_TEXT("ui.card_title", "My Social Selling Index", "Mon Social Selling Index", "Mi Social Selling Index"),
    SSI_TEXT("ui.card_estimate", "Estimate by the SSI Calculator, not LinkedIn's own figure",
     "Estimation de la calculatrice SSI, pas le chiffre de LinkedIn",
     "Estimación de la calculadora SSI, no la cifra de LinkedIn"),
    SSI_TEXT("ui.card_calibrated", "Pillars from LinkedIn; changes estimated by the SSI Calculator",
     "Piliers de LinkedIn ; changements estimés par la calculatrice SSI",
     "Pilares de LinkedIn; cambios estimados por la calculadora SSI"),
    SSI_TEXT("ui.card_since", "{delta} since {date}", "{delta} depuis le {date}", "{delta} desde el {date}"),
    SSI_TEXT("ui.card_vs_baseline", "{delta} from my starting point", "{delta} par rapport à mon point de départ",
     "{delta} respecto a mi punto de partida"),
    // ---- Pasting LinkedIn's SSI page (app/paste.cpp, web/paste.js). {placeholders} are filled in.
    SSI_TEXT("ui.paste_button", "Paste from LinkedIn", "Coller depuis LinkedIn", "Pegar desde LinkedIn"),
    SSI_TEXT("ui.paste_help",
     "On linkedin.com/sales/ssi select all (Ctrl+A), copy (Ctrl+C), then paste here (Ctrl+V anywhere on this page).",
     "Sur linkedin.com/sales/ssi, sélectionnez tout (Ctrl+A), copiez (Ctrl+C), puis collez ici (Ctrl+V n'importe où sur cette page).",
     "En linkedin.com/sales/ssi selecciona todo (Ctrl+A), copia (Ctrl+C) y pega aquí (Ctrl+V en cualquier parte de esta página)."),
    SSI_TEXT("ui.paste_box_label", "Paste the copied SSI page here", "Collez ici la page SSI copiée", "Pega aquí la página SSI copiada"),
    SSI_TEXT("ui.paste_box_read", "Read", "Lire", "Leer"),
    SSI_TEXT("ui.paste_box_cancel", "Cancel", "Annuler", "Cancelar"),
    SSI_TEXT("ui.paste_undo", "Undo", "Annuler", "Deshacer"),
    SSI_TEXT("ui.paste_read", "Read from your LinkedIn page: SSI {total} ({pillars}).",
     "Lu sur votre page LinkedIn : SSI {total} ({pillars}).", "Leído de tu página de LinkedIn: SSI {total} ({pillars})."),
    SSI_TEXT("ui.paste_industry", "Industry: top {top}%, average {average}.", "Secteur : top {top} %, moyenne {average}.",
     "Sector: top {top} %, media {average}."),
    SSI_TEXT("ui.paste_network", "Network: top {top}%, average {average}.", "Réseau : top {top} %, moyenne {average}.",
     "Red: top {top} %, media {average}."),
    SSI_TEXT("ui.paste_change", "{change} since last week.", "{change} depuis la semaine dernière.", "{change} desde la semana pasada."),
    SSI_TEXT("ui.paste_no_change", "No change since last week.", "Aucun changement depuis la semaine dernière.",
     "Sin cambios desde la semana pasada."),
    SSI_TEXT("ui.paste_applied", "Calibration is on with these pillars, and today's reading is in your history.",
     "La calibration utilise ces piliers, et le relevé du jour est dans votre historique.",
     "La calibración usa estos pilares y la lectura de hoy está en tu historial."),
    SSI_TEXT("ui.paste_nothing_changed", "Nothing was changed: {reason}", "Rien n'a été modifié : {reason}", "No se ha cambiado nada: {reason}"),
    SSI_TEXT("ui.paste_empty", "the paste is empty.", "le texte collé est vide.", "lo pegado está vacío."),
    SSI_TEXT("ui.paste_too_large", "the paste is {size} MB; at most 2 MB is read.",
     "le texte collé fait {size} Mo ; au plus 2 Mo sont lus.", "lo pegado ocupa {size} MB; se leen 2 MB como máximo."),
    SSI_TEXT("ui.paste_not_page",
     "no LinkedIn SSI page found in it. On linkedin.com/sales/ssi select all, copy and paste here (pages in English, Spanish, Portuguese or French).",
     "aucune page SSI de LinkedIn n'y figure. Sur linkedin.com/sales/ssi, sélectionnez tout, copiez et collez ici (pages en anglais, espagnol, portugais ou français).",
     "no contiene ninguna página SSI de LinkedIn. En linkedin.com/sales/ssi selecciona todo, copia y pega aquí (páginas en inglés, español, portugués o francés)."),
    SSI_TEXT("ui.paste_missing_pillar", "the page has no value for \"{pillar}\".", "la page n'a pas de valeur pour « {pillar} ».",
     "la página no tiene valor para «{pillar}»."),
    SSI_TEXT("ui.paste_pillar_range", "\"{pillar}\" reads {value}, but a pillar is 0 to 25.",
     "« {pillar} » vaut {value}, mais un pilier va de 0 à 25.", "«{pillar}» vale {value}, pero un pilar va de 0 a 25."),
    SSI_TEXT("ui.paste_total_mismatch", "the page says {total} but its pillars add up to {sum}.",
     "la page indique {total} mais ses piliers font {sum}.", "la página dice {total} pero sus pilares suman {sum}."),
    SSI_TEXT("ui.paste_two_pages", "the paste holds two SSI pages ({total} and {other}): copy just one.",
     "le texte collé contient deux pages SSI ({total} et {other}) : n'en copiez qu'une.",
     "lo pegado contiene dos páginas SSI ({total} y {other}): copia solo una."),
    SSI_TEXT("ui.paste_rank_range", "a rank of top {value}% is not possible (1 to 100).",
     "un classement top {value} % est impossible (1 à 100).", "un ranking top {value} % no es posible (1 a 100)."),
    SSI_TEXT("ui.paste_average_range", "an average of {value} is not possible (0 to 100, or 0 to 25 for a pillar).",
     "une moyenne de {value} est impossible (0 à 100, ou 0 à 25 pour un pilier).",
     "una media de {value} no es posible (0 a 100, o 0 a 25 para un pilar)."),
    // ---- Saved scenarios and history.
    SSI_TEXT("ui.scenarios", "Saved scenarios", "Scénarios enregistrés", "Escenarios guardados"),
    SSI_TEXT("ui.scenario_name", "Name this scenario", "Nommer ce scénario", "Nombre del escenario"),
    SSI_TEXT("ui.save_scenario", "Save", "Enregistrer", "Guardar"),
    SSI_TEXT("ui.no_scenarios", "No saved scenario yet.", "Aucun scénario enregistré.", "Aún no hay escenarios guardados."),
    SSI_TEXT("ui.load", "Load", "Charger", "Cargar"),
    SSI_TEXT("ui.rename", "Rename", "Renommer", "Renombrar"),
    SSI_TEXT("ui.delete", "Delete", "Supprimer", "Eliminar"),
    SSI_TEXT("ui.ok", "OK", "OK", "Aceptar"),
    SSI_TEXT("ui.cancel", "Cancel", "Annuler", "Cancelar"),
    SSI_TEXT("ui.compare", "Compare two scenarios", "Comparer deux scénarios", "Comparar dos escenarios"),
    SSI_TEXT("scenario.empty_name", "The name is empty.", "Le nom est vide.", "El nombre está vacío."),
    SSI_TEXT("scenario.name_too_long", "The name is longer than 60 characters.", "Le nom dépasse 60 caractères.", "El nombre tiene más de 60 caracteres."),
    SSI_TEXT("scenario.name_not_text", "The name holds characters that cannot be shown.", "Le nom contient des caractères invalides.", "El nombre contiene caracteres no válidos."),
    SSI_TEXT("scenario.name_taken", "Another scenario already has this name.", "Un autre scénario porte déjà ce nom.", "Otro escenario ya tiene este nombre."),
    SSI_TEXT("scenario.too_many", "There are already 100 scenarios: delete one first.", "Il y a déjà 100 scénarios : supprimez-en un d'abord.", "Ya hay 100 escenarios: elimina uno primero."),
    SSI_TEXT("scenario.not_found", "No scenario has this name.", "Aucun scénario ne porte ce nom.", "Ningún escenario tiene este nombre."),
    SSI_TEXT("ui.storage_local", "Saved in this browser only.", "Enregistré dans ce navigateur uniquement.", "Guardado solo en este navegador."),
    SSI_TEXT("ui.storage_unavailable", "This browser does not let the calculator save: everything works, but is lost when the page closes. Export your history to keep it.",
     "Ce navigateur ne permet pas d'enregistrer : tout fonctionne, mais sera perdu à la fermeture de la page. Exportez votre historique pour le garder.",
     "Este navegador no permite guardar: todo funciona, pero se pierde al cerrar la página. Exporta tu historial para conservarlo."),
    SSI_TEXT("ui.storage_full", "Nothing could be saved: this browser's storage for the calculator is full (other data uses it). What was saved before is kept; export your history to keep the rest.",
     "Rien n'a pu être enregistré : le stockage de ce navigateur pour la calculatrice est plein (d'autres données l'occupent). Ce qui était enregistré avant est conservé ; exportez votre historique pour garder le reste.",
     "No se pudo guardar nada: el almacenamiento de este navegador para la calculadora está lleno (otros datos lo ocupan). Lo guardado antes se conserva; exporta tu historial para conservar el resto."),
    SSI_TEXT("ui.storage_newer", "Another tab runs a newer version of the calculator: reload this page to save your changes.",
     "Un autre onglet utilise une version plus récente de la calculatrice : rechargez cette page pour enregistrer vos changements.",
     "Otra pestaña usa una versión más reciente de la calculadora: recarga esta página para guardar tus cambios."),
    SSI_TEXT("ui.before_link", "Before the link, {when}", "Avant le lien, {when}", "Antes del enlace, {when}"),
    SSI_TEXT("ui.kept_before_link", "This link replaced your work in progress, which was saved first as the scenario \"{name}\".",
     "Ce lien a remplacé votre travail en cours, enregistré d'abord comme scénario « {name} ».",
     "Este enlace reemplazó tu trabajo en curso, guardado antes como el escenario «{name}»."),
    SSI_TEXT("ui.working_unreadable", "Your work in progress from the last visit could not be read: the calculator starts afresh.",
     "Votre travail en cours de la dernière visite est illisible : la calculatrice repart de zéro.",
     "Tu trabajo en curso de la última visita no se pudo leer: la calculadora empieza de nuevo."),
    SSI_TEXT("ui.graphics_lost", "The browser took the graphics away for a moment; they come back by themselves. Your work is safe.",
     "Le navigateur a retiré l'affichage un instant ; il revient de lui-même. Votre travail est conservé.",
     "El navegador retiró la imagen un momento; vuelve sola. Tu trabajo está a salvo."),
    SSI_TEXT("ui.storage_blocked", "Storage is blocked here (private window or embedded page): nothing will be saved.",
     "Le stockage est bloqué ici (fenêtre privée ou page intégrée) : rien ne sera enregistré.",
     "El almacenamiento está bloqueado aquí (ventana privada o página incrustada): no se guardará nada."),
    SSI_TEXT("ui.storage_unreadable", "The saved data could not be read; it is kept aside and can be downloaded. Reason:",
     "Les données enregistrées sont illisibles ; elles sont mises de côté et peuvent être téléchargées. Raison :",
     "Los datos guardados no se pudieron leer; se conservan aparte y se pueden descargar. Motivo:"),
    SSI_TEXT("ui.storage_problem", "Saved data:", "Données enregistrées :", "Datos guardados:"),
    SSI_TEXT("ui.download_backup", "Download the unreadable data", "Télécharger les données illisibles", "Descargar los datos ilegibles"),
    SSI_TEXT("ui.history", "Your SSI history", "Votre historique SSI", "Tu historial de SSI"),
    SSI_TEXT("ui.history_empty", "Log the four pillar scores LinkedIn shows you each week to see your trend.",
     "Notez chaque semaine les quatre scores affichés par LinkedIn pour voir votre évolution.",
     "Anota cada semana las cuatro puntuaciones que muestra LinkedIn para ver tu evolución."),
    SSI_TEXT("ui.pillars", "Pillars", "Piliers", "Pilares"),
    SSI_TEXT("ui.add_reading", "Add a reading (date and pillars as LinkedIn shows them):",
     "Ajouter un relevé (date et piliers comme LinkedIn les affiche) :",
     "Añadir una lectura (fecha y pilares como los muestra LinkedIn):"),
    SSI_TEXT("ui.date", "date", "date", "fecha"),
    SSI_TEXT("ui.add", "Add", "Ajouter", "Añadir"),
    SSI_TEXT("ui.week", "week", "semaine", "semana"),
    SSI_TEXT("ui.import", "Import CSV or JSON", "Importer CSV ou JSON", "Importar CSV o JSON"),
    SSI_TEXT("ui.import_help", "Comma or semicolon separators, decimal point or comma, ISO or day/month/year dates.",
     "Séparateurs virgule ou point-virgule, décimales avec point ou virgule, dates ISO ou jour/mois/année.",
     "Separadores coma o punto y coma, decimales con punto o coma, fechas ISO o día/mes/año."),
    SSI_TEXT("ui.import_summary", "%d readings imported, %d problems:", "%d relevés importés, %d problèmes :", "%d lecturas importadas, %d problemas:"),
    // ---- Why part of a link was not used (app/url_state.cpp).
    SSI_TEXT("url.too_long", "link too long: the end was ignored", "lien trop long : la fin a été ignorée", "enlace demasiado largo: se ignoró el final"),
    SSI_TEXT("url.bad_encoding", "bad percent-encoding", "encodage % invalide", "codificación % no válida"),
    SSI_TEXT("url.empty_key", "empty key", "clé vide", "clave vacía"),
    SSI_TEXT("url.unknown_key", "unknown key", "clé inconnue", "clave desconocida"),
    SSI_TEXT("url.no_value", "no value", "pas de valeur", "sin valor"),
    SSI_TEXT("url.duplicate", "duplicate key: last one kept", "clé en double : la dernière est gardée", "clave repetida: se conserva la última"),
    SSI_TEXT("url.not_a_number", "not a number", "pas un nombre", "no es un número"),
    SSI_TEXT("url.clamped", "clamped to", "ramené à", "ajustado a"),
    SSI_TEXT("url.pillars_clamped", "clamped to 0..25", "ramené entre 0 et 25", "ajustado a 0..25"),
    SSI_TEXT("url.needs_four", "needs 4 numbers", "4 nombres attendus", "se esperan 4 números"),
    SSI_TEXT("url.not_whole", "not a whole number", "pas un nombre entier", "no es un número entero"),
    SSI_TEXT("url.unknown_language", "unknown language", "langue inconnue", "idioma desconocido"),
    SSI_TEXT("url.unknown_theme", "unknown theme", "thème inconnu", "tema desconocido"),
    SSI_TEXT("url.not_a_colour", "not a hex colour", "pas une couleur hexadécimale", "no es un color hexadecimal"),
    SSI_TEXT("url.not_an_origin", "not an http(s) origin", "pas une origine http(s)", "no es un origen http(s)"),
    SSI_TEXT("url.duplicate_origin", "duplicate origin", "origine en double", "origen repetido"),
    SSI_TEXT("url.too_many_origins", "more than 16 origins", "plus de 16 origines", "más de 16 orígenes"),
    SSI_TEXT("url.more", "more problems:", "autres problèmes :", "más problemas:"),
    SSI_TEXT("ui.share_copied", "Link copied", "Lien copié", "Enlace copiado"),
    SSI_TEXT("ui.share_failed", "Copy the address bar", "Copiez la barre d'adresse", "Copia la barra de direcciones"),
    SSI_TEXT("ui.share_help", "Copies a link that opens the calculator with these values.",
     "Copie un lien qui ouvre le calculateur avec ces valeurs.",
     "Copia un enlace que abre la calculadora con estos valores."),
    SSI_TEXT("ui.message_origin", "A message from {origin} was ignored: that site is not allowed to set inputs.",
     "Un message de {origin} a été ignoré : ce site n'est pas autorisé à modifier les valeurs.",
     "Se ignoró un mensaje de {origin}: ese sitio no puede cambiar los valores."),
    SSI_TEXT("ui.message_size", "A message from {origin} was ignored: it is too large.",
     "Un message de {origin} a été ignoré : il est trop volumineux.",
     "Se ignoró un mensaje de {origin}: es demasiado grande."),
    SSI_TEXT("ui.message_version", "A message from {origin} was ignored: unknown protocol version {detail}.",
     "Un message de {origin} a été ignoré : version de protocole inconnue {detail}.",
     "Se ignoró un mensaje de {origin}: versión de protocolo desconocida {detail}."),
    SSI_TEXT("ui.message_type", "A message from {origin} was ignored: unknown type {detail}.",
     "Un message de {origin} a été ignoré : type inconnu {detail}.",
     "Se ignoró un mensaje de {origin}: tipo desconocido {detail}."),
    SSI_TEXT("ui.message_shape", "A message from {origin} was ignored: inputs must be an object of metric ids.",
     "Un message de {origin} a été ignoré : les valeurs doivent être un objet d'identifiants de mesures.",
     "Se ignoró un mensaje de {origin}: los valores deben ser un objeto de identificadores de métricas."),
    SSI_TEXT("ui.message_partly", "From {origin}, not used as sent: {detail}",
     "De {origin}, non utilisé tel quel : {detail}",
     "De {origin}, no usado tal cual: {detail}"),
    SSI_TEXT("ui.inputs", "Your activity", "Votre activité", "Tu actividad"),
    SSI_TEXT("ui.presets", "Start from a profile:", "Partir d'un profil :", "Empezar desde un perfil:"),
    SSI_TEXT("ui.preset.newcomer", "Newcomer", "Débutant", "Principiante"),
    SSI_TEXT("ui.preset.active_seller", "Active seller", "Vendeur actif", "Vendedor activo"),
    SSI_TEXT("ui.preset.top_one_percent", "Top 1%", "Top 1 %", "Top 1 %"),
    SSI_TEXT("ui.unknown", "unknown", "inconnu", "no sé"),
    SSI_TEXT("ui.unknown_help",
     "Leave this metric out of its pillar's average when you don't know its value.",
     "Exclure cette mesure de la moyenne de son pilier si vous ne connaissez pas sa valeur.",
     "Excluye esta métrica de la media de su pilar si no conoces su valor."),
    SSI_TEXT("ui.confidence", "Known share of this pillar:", "Part connue de ce pilier :", "Parte conocida de este pilar:"),
    SSI_TEXT("ui.known", "known", "connu", "conocido"),
    SSI_TEXT("ui.results", "Your score", "Votre score", "Tu puntuación"),
    SSI_TEXT("ui.total_estimated", "Estimated SSI (model)", "SSI estimé (modèle)", "SSI estimado (modelo)"),
    SSI_TEXT("ui.total_calibrated", "Your real SSI moved by the model", "Votre SSI réel ajusté par le modèle", "Tu SSI real ajustado por el modelo"),
    SSI_TEXT("ui.model_estimate", "Model estimate:", "Estimation du modèle :", "Estimación del modelo:"),
    SSI_TEXT("ui.short.brand", "Brand", "Marque", "Marca"),
    SSI_TEXT("ui.short.people", "People", "Personnes", "Personas"),
    SSI_TEXT("ui.short.insights", "Insights", "Échanges", "Interacción"),
    SSI_TEXT("ui.short.relationships", "Relationships", "Relations", "Relaciones"),
    SSI_TEXT("ui.set_baseline", "Set as baseline", "Définir comme référence", "Fijar como referencia"),
    SSI_TEXT("ui.back_to_baseline", "Back to baseline", "Revenir à la référence", "Volver a la referencia"),
    SSI_TEXT("ui.reset", "Reset to defaults", "Valeurs par défaut", "Valores por defecto"),
    SSI_TEXT("ui.baseline_help",
     "The baseline is drawn in grey behind your scenario; every number shows its change from it.",
     "La référence est dessinée en gris derrière votre scénario ; chaque nombre montre son écart avec elle.",
     "La referencia se dibuja en gris detrás de tu escenario; cada número muestra su cambio respecto a ella."),
    SSI_TEXT("ui.tips", "What to do next", "Que faire ensuite", "Qué hacer ahora"),
    SSI_TEXT("ui.all_pillars", "All pillars", "Tous les piliers", "Todos los pilares"),
    SSI_TEXT("ui.apply", "Apply", "Appliquer", "Aplicar"),
    SSI_TEXT("ui.no_tips", "Nothing left to gain here: every known metric is at its best.",
     "Plus rien à gagner ici : chaque mesure connue est à son maximum.",
     "Nada más que ganar aquí: cada métrica conocida está en su mejor valor."),
    SSI_TEXT("ui.why", "Why this score", "Pourquoi ce score", "Por qué esta puntuación"),
    SSI_TEXT("ui.why_help",
     "Each curve turns a value into credit (0-100%); a pillar is 25 times the weighted mean of its known credits.",
     "Chaque courbe transforme une valeur en crédit (0-100 %) ; un pilier vaut 25 fois la moyenne pondérée de ses crédits connus.",
     "Cada curva convierte un valor en crédito (0-100 %); un pilar vale 25 veces la media ponderada de sus créditos conocidos."),
    SSI_TEXT("ui.value", "value", "valeur", "valor"),
    SSI_TEXT("ui.credit", "credit", "crédit", "crédito"),
    SSI_TEXT("ui.points", "pts", "pts", "pts"),
    SSI_TEXT("ui.weight", "weight", "poids", "peso"),
    SSI_TEXT("ui.curve_checkbox", "done or not", "fait ou non", "hecho o no"),
    SSI_TEXT("ui.unknown_excluded", "Unknown: left out of the pillar", "Inconnu : exclu du pilier", "Desconocido: fuera del pilar"),
    SSI_TEXT("ui.calibration", "Calibrate with your real score", "Calibrer avec votre score réel", "Calibrar con tu puntuación real"),
    SSI_TEXT("ui.calibration_on", "I know my pillar scores", "Je connais mes scores par pilier", "Conozco mis puntuaciones por pilar"),
    SSI_TEXT("ui.calibration_help",
     "Enter the four pillar scores from linkedin.com/sales/ssi. The calculator then starts from them and adds the model's changes from your baseline.",
     "Saisissez les quatre scores de linkedin.com/sales/ssi. Le calculateur part alors de ceux-ci et ajoute les écarts du modèle par rapport à votre référence.",
     "Introduce las cuatro puntuaciones de linkedin.com/sales/ssi. La calculadora parte de ellas y suma los cambios del modelo respecto a tu referencia."),
    SSI_TEXT("ui.real_total", "Real SSI:", "SSI réel :", "SSI real:"),
    SSI_TEXT("ui.goal", "Goal", "Objectif", "Objetivo"),
    SSI_TEXT("ui.target", "Target SSI", "SSI visé", "SSI objetivo"),
    SSI_TEXT("ui.goal_reached", "You are already there.", "Vous y êtes déjà.", "Ya lo has alcanzado."),
    SSI_TEXT("ui.not_reachable", "Not reachable with the known metrics: the best is %d.",
     "Inatteignable avec les mesures connues : le maximum est %d.",
     "No alcanzable con las métricas conocidas: el máximo es %d."),
    // {weekly} and {once}: minutes; {total}: the SSI the plan reaches.
    SSI_TEXT("ui.plan_weekly_and_once", "About {weekly} minutes a week + {once} minutes once reach {total}:",
     "Environ {weekly} minutes par semaine + {once} minutes une fois mènent à {total} :",
     "Unos {weekly} minutos a la semana + {once} minutos una vez llevan a {total}:"),
    SSI_TEXT("ui.plan_weekly", "About {weekly} minutes a week reach {total}:", "Environ {weekly} minutes par semaine mènent à {total} :",
     "Unos {weekly} minutos a la semana llevan a {total}:"),
    SSI_TEXT("ui.plan_once", "About {once} minutes once reach {total}:", "Environ {once} minutes une fois mènent à {total} :",
     "Unos {once} minutos una vez llevan a {total}:"),
    SSI_TEXT("ui.plan_step_weekly", "{minutes} min a week", "{minutes} min par semaine", "{minutes} min a la semana"),
    SSI_TEXT("ui.plan_step_once", "{minutes} min once", "{minutes} min une fois", "{minutes} min una vez"),
    SSI_TEXT("ui.plan_horizon", "Least time over a quarter: weekly minutes count 13 times, one-off minutes once.",
     "Le moins de temps sur un trimestre : les minutes hebdomadaires comptent 13 fois, les minutes ponctuelles une fois.",
     "El menor tiempo en un trimestre: los minutos semanales cuentan 13 veces, los puntuales una vez."),
    SSI_TEXT("ui.tip_per_ten_minutes", "+{points} per 10 min", "+{points} par 10 min", "+{points} por 10 min"),
    SSI_TEXT("ui.rank", "Rank estimate", "Estimation du classement", "Estimación del ranking"),
    SSI_TEXT("ui.industry_average", "Industry average SSI", "SSI moyen du secteur", "SSI medio del sector"),
    SSI_TEXT("ui.network_average", "Network average SSI", "SSI moyen du réseau", "SSI medio de la red"),
    SSI_TEXT("ui.industry_rank", "Industry: top %d%% (estimate)", "Secteur : top %d %% (estimation)", "Sector: top %d %% (estimación)"),
    SSI_TEXT("ui.network_rank", "Network: top %d%% (estimate)", "Réseau : top %d %% (estimation)", "Red: top %d %% (estimación)"),
    SSI_TEXT("ui.rank_range", "likely between top %d%% and %d%%", "probablement entre le top %d %% et %d %%", "probablemente entre el top %d %% y el %d %%"),
    SSI_TEXT("ui.rank_help",
     "Enter the averages LinkedIn shows beside your score. The rank comes from a distribution fitted to real readings of LinkedIn's page: an estimate.",
     "Saisissez les moyennes affichées par LinkedIn à côté de votre score. Le classement vient d'une distribution ajustée sur de vrais relevés de la page LinkedIn : une estimation.",
     "Introduce las medias que LinkedIn muestra junto a tu puntuación. El ranking sale de una distribución ajustada a lecturas reales de la página de LinkedIn: una estimación."),
};
// clang-format on

constexpr std::size_t table_size = std::size(table);

// Indices into table, sorted by key; computed at compile time.
constexpr std::array<std::size_t, table_size> sorted_index = [] {
    std::array<std::size_t, table_size> index{};
    for (std::size_t i = 0; i < table_size; ++i) index[i] = i;
    std::sort(index.begin(), index.end(),
              [](std::size_t a, std::size_t b) { return table[a].key < table[b].key; });
    return index;
}();

constexpr bool keys_unique() {
    for (std::size_t i = 1; i < table_size; ++i)
        if (table[sorted_index[i - 1]].key == table[sorted_index[i]].key) return false;
    return true;
}
static_assert(keys_unique(), "a translation key appears twice");

constexpr bool english_complete() {
    for (const Translation& entry : table)
        if (entry.key.empty() || entry.en.empty()) return false;
    return true;
}
static_assert(english_complete(), "every translation needs a key and an English text");

#ifdef SSI_ENGLISH_TEXTS_ONLY
// The other languages' texts as load_texts() received them, by table position.
std::array<std::vector<std::string>, all_languages.size()> loaded;
#endif

std::string_view in_language(std::size_t index, Language language) {
    const Translation& entry = table[index];
#ifdef SSI_ENGLISH_TEXTS_ONLY
    const auto& texts = loaded[static_cast<std::size_t>(language)];
    if (language != Language::en) return texts.empty() ? std::string_view{} : std::string_view(texts[index]);
#endif
    switch (language) {
        case Language::en: return entry.en;
        case Language::fr: return entry.fr;
        case Language::es: return entry.es;
    }
    return entry.en;
}

std::size_t find_key(std::string_view key) {
    const auto it = std::lower_bound(sorted_index.begin(), sorted_index.end(), key,
                                     [](std::size_t i, std::string_view k) { return table[i].key < k; });
    return it == sorted_index.end() || table[*it].key != key ? table_size : *it;
}

constexpr char to_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

}  // namespace

std::string_view language_id(Language language) {
    switch (language) {
        case Language::en: return "en";
        case Language::fr: return "fr";
        case Language::es: return "es";
    }
    return "en";
}

std::optional<Language> parse_language(std::string_view id) {
    // A two-letter primary tag, alone or followed by '-' or '_' and a non-empty region.
    if (id.size() < 2) return std::nullopt;
    if (id.size() > 2 && (id.size() == 3 || (id[2] != '-' && id[2] != '_'))) return std::nullopt;
    const char primary[2] = {to_lower(id[0]), to_lower(id[1])};
    const std::string_view tag(primary, 2);
    for (Language language : all_languages)
        if (language_id(language) == tag) return language;
    return std::nullopt;
}

std::span<const Translation> translations() {
    return table;
}

std::string_view text(Language language, std::string_view key) {
    const std::size_t index = find_key(key);
    if (index == table_size) return key;
    const std::string_view found = in_language(index, language);
    return found.empty() ? table[index].en : found;
}

bool texts_loaded(Language language) {
#ifdef SSI_ENGLISH_TEXTS_ONLY
    return language == Language::en || !loaded[static_cast<std::size_t>(language)].empty();
#else
    (void)language;
    return true;
#endif
}

std::size_t load_texts(Language language, std::string_view lines) {
    std::size_t count = 0;
    std::vector<std::string> texts(table_size);
    while (!lines.empty()) {
        const std::size_t end = std::min(lines.find('\n'), lines.size());
        const std::string_view line = lines.substr(0, end);
        lines.remove_prefix(std::min(end + 1, lines.size()));
        const std::size_t tab = line.find('\t');
        if (tab == std::string_view::npos) continue;
        const std::size_t index = find_key(line.substr(0, tab));
        if (index == table_size) continue;
        texts[index] = std::string(line.substr(tab + 1));
        ++count;
    }
#ifdef SSI_ENGLISH_TEXTS_ONLY
    if (language != Language::en && count > 0) loaded[static_cast<std::size_t>(language)] = std::move(texts);
#else
    (void)language;  // every text is built in
#endif
    return count;
}

#ifndef SSI_ENGLISH_TEXTS_ONLY  // only the build tool (src/tools/text_file.cpp) writes them
std::string text_file(Language language) {
    std::string out;
    for (std::size_t i = 0; i < table_size; ++i) {
        const std::string_view value = in_language(i, language);
        if (value.empty()) continue;
        out += table[i].key;
        out += '\t';
        out += value;
        out += '\n';
    }
    return out;
}
#endif

std::string format_text(Language language, std::string_view key, TextValues values) {
    std::string out(text(language, key));
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + std::string(name) + "}";
        for (std::size_t at = out.find(placeholder); at != std::string::npos; at = out.find(placeholder, at + value.size()))
            out.replace(at, placeholder.size(), value);
    }
    return out;
}

}  // namespace ssi::core
