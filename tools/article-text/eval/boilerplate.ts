/** Page furniture per language, written for the evaluation set: what real news sites put around an article. */
export interface Furniture {
  nav: string[];
  share: string;
  readAlso: string;
  topNews: string;
  sections: string[];
  headlines: string[];
  subscribe: string;
  cookie: string;
  footer: string;
  byline: string;
  date: string;
}

export const FURNITURE: Record<string, Furniture> = {
  uk: {
    nav: ['Головна', 'Новини', 'Політика', 'Економіка', 'Спорт'],
    share: 'Поділитися публікацією:', readAlso: 'Читайте також', topNews: 'Головні новини',
    sections: ['Політика', 'Економіка', 'Суспільство'],
    headlines: ['Уряд продовжив програму доступних кредитів для фермерів', 'У Львові відкрили новий центр реабілітації', 'Нацбанк залишив облікову ставку без змін', 'Синоптики попередили про грози на заході країни'],
    subscribe: 'Підписуйтесь на наш Telegram-канал', cookie: 'Ми використовуємо файли cookie, щоб сайт працював краще. Продовжуючи перегляд, ви погоджуєтеся з цим.',
    footer: '© 2024 Вісті Дніпра. Усі права захищені.', byline: 'Автор: Олена Мирошник', date: '14.05.2024, 10:42',
  },
  ru: {
    nav: ['Главная', 'Новости', 'Политика', 'Экономика', 'Спорт'],
    share: 'Поделиться', readAlso: 'Читайте также', topNews: 'Главные новости',
    sections: ['Политика', 'Экономика', 'Общество'],
    headlines: ['Центробанк сохранил ключевую ставку', 'В Казани открыли новую станцию метро', 'Синоптики пообещали тёплые выходные', 'Цены на бензин выросли за неделю'],
    subscribe: 'Подписывайтесь на наш канал', cookie: 'Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь с этим.',
    footer: '© 2024 Северный вестник. Все права защищены.', byline: 'Автор: Игорь Белов', date: '3 марта 2024, 09:15',
  },
  en: {
    nav: ['Home', 'News', 'World', 'Business', 'Sport'],
    share: 'Share this article', readAlso: 'Read more', topNews: 'Most read',
    sections: ['World', 'Business', 'Science'],
    headlines: ['Central bank holds rates steady', 'Storm warning issued for the east coast', 'City council approves new cycle lanes', 'Airline cancels flights amid strike'],
    subscribe: 'Sign up for our daily newsletter', cookie: 'We use cookies to give you the best experience. By continuing you agree to our use of cookies.',
    footer: '© 2024 Northern Ledger. All rights reserved.', byline: 'By Claire Ashdown', date: 'May 14, 2024 10:42',
  },
  de: {
    nav: ['Startseite', 'Politik', 'Wirtschaft', 'Kultur', 'Sport'],
    share: 'Teilen', readAlso: 'Lesen Sie auch', topNews: 'Meistgelesen',
    sections: ['Politik', 'Wirtschaft', 'Panorama'],
    headlines: ['Bahn kündigt neue Verbindungen an', 'Landtag debattiert über Schulreform', 'Inflation sinkt leicht im April', 'Unwetter sorgt für Verkehrschaos'],
    subscribe: 'Abonnieren Sie unseren Newsletter', cookie: 'Wir verwenden Cookies, um Ihnen ein besseres Erlebnis zu bieten. Mit der Nutzung stimmen Sie zu.',
    footer: '© 2024 Rheinischer Bote. Alle Rechte vorbehalten.', byline: 'Von Jonas Keller', date: '14.05.2024, 10:42',
  },
  fr: {
    nav: ['Accueil', 'Politique', 'Économie', 'Culture', 'Sport'],
    share: 'Partager', readAlso: 'Lire aussi', topNews: 'Les plus lus',
    sections: ['Politique', 'Économie', 'Société'],
    headlines: ['La SNCF annonce de nouvelles lignes', 'Le Sénat adopte la réforme des retraites', 'Canicule : alerte orange dans le Sud', 'Le chômage recule au premier trimestre'],
    subscribe: 'Abonnez-vous à notre newsletter', cookie: 'Nous utilisons des cookies pour améliorer votre expérience. En continuant, vous acceptez leur utilisation.',
    footer: '© 2024 Le Courrier du Rhône. Tous droits réservés.', byline: 'Par Camille Durand', date: '14/05/2024 10:42',
  },
  pl: {
    nav: ['Strona główna', 'Kraj', 'Świat', 'Biznes', 'Sport'],
    share: 'Udostępnij', readAlso: 'Czytaj także', topNews: 'Najczęściej czytane',
    sections: ['Kraj', 'Biznes', 'Świat'],
    headlines: ['Sejm przyjął ustawę o obronie cywilnej', 'Ceny mieszkań znowu w górę', 'Burze nad południową Polską', 'PKP zapowiada nowe połączenia'],
    subscribe: 'Obserwuj nas w mediach społecznościowych', cookie: 'Używamy plików cookies, aby ułatwić korzystanie z serwisu. Korzystając dalej, wyrażasz zgodę.',
    footer: '© 2024 Gazeta Nadwiślańska. Wszelkie prawa zastrzeżone.', byline: 'Autor: Marta Zielińska', date: '14.05.2024 10:42',
  },
  be: {
    nav: ['Галоўная', 'Навіны', 'Палітыка', 'Эканоміка', 'Спорт'],
    share: 'Падзяліцца', readAlso: 'Чытайце таксама', topNews: 'Галоўныя навіны',
    sections: ['Палітыка', 'Грамадства', 'Эканоміка'],
    headlines: ['У Гродне адкрылі новы мост праз Нёман', 'Цэны на малако выраслі за месяц', 'Сіноптыкі абяцаюць цёплы тыдзень', 'Бібліятэка атрымала рэдкія кнігі'],
    subscribe: 'Падпісвайцеся на наш канал', cookie: 'Мы выкарыстоўваем файлы cookie, каб сайт працаваў лепш. Працягваючы, вы згаджаецеся з гэтым.',
    footer: '© 2024 Навіны Прыдзвіння. Усе правы абаронены.', byline: 'Аўтар: Алесь Кавалёў', date: '14.05.2024, 10:42',
  },
  bg: {
    nav: ['Начало', 'Новини', 'Политика', 'Икономика', 'Спорт'],
    share: 'Сподели', readAlso: 'Прочетете още', topNews: 'Най-четени',
    sections: ['Политика', 'Икономика', 'Общество'],
    headlines: ['Парламентът прие бюджета на второ четене', 'Цените на горивата се понижиха', 'Нова линия на метрото в София', 'Синоптиците обещават топъл уикенд'],
    subscribe: 'Последвайте ни във Фейсбук', cookie: 'Използваме бисквитки, за да подобрим работата на сайта. Продължавайки, вие приемате това.',
    footer: '© 2024 Дунавски вестник. Всички права запазени.', byline: 'Автор: Петя Стоянова', date: '14.05.2024, 10:42',
  },
  sr: {
    nav: ['Почетна', 'Вести', 'Политика', 'Економија', 'Спорт'],
    share: 'Подели', readAlso: 'Прочитајте још', topNews: 'Најчитаније',
    sections: ['Политика', 'Економија', 'Друштво'],
    headlines: ['Скупштина усвојила нови закон о превозу', 'Цене горива пале трећу недељу', 'У Нишу отворен нови мост', 'Метеоролози најављују кишу'],
    subscribe: 'Пратите нас на Телеграму', cookie: 'Користимо колачиће (cookies) да бисмо побољшали сајт. Настављањем прихватате њихову употребу.',
    footer: '© 2024 Моравске новине. Сва права задржана.', byline: 'Аутор: Милица Јовановић', date: '14.05.2024, 10:42',
  },
  mk: {
    nav: ['Почетна', 'Вести', 'Политика', 'Економија', 'Спорт'],
    share: 'Сподели', readAlso: 'Прочитајте и', topNews: 'Најчитани',
    sections: ['Политика', 'Економија', 'Општество'],
    headlines: ['Собранието го усвои буџетот', 'Цените на струјата остануваат исти', 'Нов парк во Битола', 'Најава за дожд во западниот дел'],
    subscribe: 'Следете не на Фејсбук', cookie: 'Користиме колачиња (cookies) за подобро искуство. Со продолжување се согласувате.',
    footer: '© 2024 Охридски весник. Сите права се задржани.', byline: 'Автор: Ана Петровска', date: '14.05.2024, 10:42',
  },
};
