"""The pages' translations, one table per language: the source of the .po catalogues.

``python -m parceltrail.web.pages.locale.translations`` writes ``LANG/LC_MESSAGES/messages.po``
for every language from these tables and the extracted ``messages.pot`` (``make messages``);
a msgid missing here is written empty, and tests/unit/web/test_i18n.py fails on it.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

from parceltrail.web.pages.locale.analytics_translations import ANALYTICS

HERE = Path(__file__).parent

# msgid -> (de, es, fr, pl, ru)
TABLE: dict[str, tuple[str, str, str, str, str]] = {
    "%(count)s numbers · open one to see its journey.": (
        "%(count)s Nummern · öffnen Sie eine, um ihren Weg zu sehen.",
        "%(count)s números · abra uno para ver su recorrido.",
        "%(count)s numéros · ouvrez-en un pour voir son trajet.",
        "%(count)s numerów · otwórz jeden, aby zobaczyć jego trasę.",
        "%(count)s номеров · откройте один, чтобы увидеть его путь.",
    ),
    "(needs attention)": (
        "(erfordert Aufmerksamkeit)", "(requiere atención)", "(demande votre attention)",
        "(wymaga uwagi)", "(требует внимания)",
    ),
    "(one or many, or paste the shipping e-mail)": (
        "(eine oder mehrere, oder fügen Sie die Versand-E-Mail ein)",
        "(uno o varios, o pegue el correo de envío)",
        "(un ou plusieurs, ou collez l'e-mail d'expédition)",
        "(jeden lub kilka, albo wklej e-mail o wysyłce)",
        "(один или несколько, или вставьте письмо об отправке)",
    ),
    "(to come)": ("(folgt noch)", "(pendiente)", "(à venir)", "(jeszcze przed nami)", "(впереди)"),
    "Account": ("Konto", "Cuenta", "Compte", "Konto", "Аккаунт"),
    "Admin": (
        "Verwaltung", "Administración", "Administration", "Administracja", "Администрирование",
    ),
    "Available for pickup": (
        "Zur Abholung bereit", "Disponible para recoger", "Disponible au retrait",
        "Gotowa do odbioru", "Готова к выдаче",
    ),
    "Back with the sender": (
        "Zurück beim Absender", "De vuelta con el remitente", "De retour chez l'expéditeur",
        "Wróciła do nadawcy", "Вернулась к отправителю",
    ),
    "Cancelled": ("Storniert", "Cancelado", "Annulé", "Anulowana", "Отменена"),
    "Carrier:": (
        "Versanddienst:", "Transportista:", "Transporteur :", "Przewoźnik:", "Перевозчик:",
    ),
    "Change": ("Ändern", "Cambiar", "Changer", "Zmień", "Сменить"),
    "Cleared customs": (
        "Vom Zoll freigegeben", "Despachado por aduana", "Dédouané", "Odprawiona przez urząd celny",
        "Прошла таможню",
    ),
    "Contact %(carrier)s": (
        "%(carrier)s kontaktieren", "Contactar con %(carrier)s", "Contacter %(carrier)s",
        "Skontaktuj się z %(carrier)s", "Связаться с %(carrier)s",
    ),
    "Copy link": ("Link kopieren", "Copiar enlace", "Copier le lien", "Kopiuj link",
                  "Копировать ссылку"),
    "Copy number": ("Nummer kopieren", "Copiar número", "Copier le numéro", "Kopiuj numer",
                    "Копировать номер"),
    "Customs": ("Zoll", "Aduana", "Douane", "Urząd celny", "Таможня"),
    "Customs cleared": ("Verzollt", "Despachado en aduana", "Dédouané", "Odprawa celna zakończona",
                        "Таможня пройдена"),
    "Customs held": ("Vom Zoll zurückgehalten", "Retenido en aduana", "Retenu en douane",
                     "Zatrzymana przez urząd celny", "Задержана таможней"),
    "Customs started": ("Beim Zoll", "En aduana", "En douane", "W urzędzie celnym",
                        "На таможне"),
    "Delivered": ("Zugestellt", "Entregado", "Livré", "Doręczona", "Доставлена"),
    "Delivery attempt failed": (
        "Zustellversuch gescheitert", "Intento de entrega fallido", "Échec de la livraison",
        "Nieudana próba doręczenia", "Неудачная попытка доставки",
    ),
    "Demo: time here runs %(speed)s× faster than real time, so parcels move while you watch.": (
        "Demo: Die Zeit läuft hier %(speed)s× schneller als in Wirklichkeit, Sendungen "
        "bewegen sich also, während Sie zusehen.",
        "Demo: aquí el tiempo corre %(speed)s× más rápido que en la realidad, así que los "
        "paquetes avanzan mientras mira.",
        "Démo : le temps passe ici %(speed)s× plus vite qu'en réalité, les colis avancent "
        "donc sous vos yeux.",
        "Demo: czas płynie tu %(speed)s× szybciej niż naprawdę, więc paczki jadą na Twoich "
        "oczach.",
        "Демо: время здесь идёт в %(speed)s× быстрее реального, поэтому посылки движутся у "
        "вас на глазах.",
    ),
    "Details": ("Details", "Detalles", "Détails", "Szczegóły", "Подробности"),
    "Did you mean": ("Meinten Sie", "Quiso decir", "Vouliez-vous dire", "Czy chodziło o",
                     "Возможно, вы имели в виду"),
    "E-mail me about": ("Per E-Mail benachrichtigen zu", "Avisarme por correo sobre",
                        "M'avertir par e-mail pour", "Powiadamiaj mnie e-mailem o",
                        "Сообщать по e-mail о"),
    "E-mail": ("E-Mail", "Correo electrónico", "E-mail", "E-mail", "E-mail"),
    "Password": ("Passwort", "Contraseña", "Mot de passe", "Hasło", "Пароль"),
    "Forgot your password?": ("Passwort vergessen?", "¿Olvidó su contraseña?",
                              "Mot de passe oublié ?", "Nie pamiętasz hasła?", "Забыли пароль?"),
    "Create an account": ("Konto erstellen", "Crear una cuenta", "Créer un compte",
                          "Załóż konto", "Создать аккаунт"),
    "Expected delivery:": ("Voraussichtliche Zustellung:", "Entrega prevista:",
                           "Livraison prévue :", "Przewidywane doręczenie:",
                           "Ожидаемая доставка:"),
    "Failed attempt": ("Zustellversuch gescheitert", "Intento fallido", "Tentative échouée",
                       "Nieudana próba", "Неудачная попытка"),
    "From %(country)s": ("Aus %(country)s", "Desde %(country)s", "Depuis : %(country)s",
                         "Z kraju: %(country)s", "Откуда: %(country)s"),
    "Handed to the carrier": ("An den Versanddienst übergeben", "Entregado al transportista",
                              "Remis au transporteur", "Przekazana przewoźnikowi",
                              "Передана перевозчику"),
    "Held by customs": ("Vom Zoll zurückgehalten", "Retenido en aduana", "Retenu en douane",
                        "Zatrzymana przez urząd celny", "Задержана таможней"),
    "In the destination country": ("Im Zielland", "En el país de destino",
                                   "Dans le pays de destination", "W kraju docelowym",
                                   "В стране назначения"),
    "It appears here when the seller dispatches it or the carrier reports it; meanwhile the "
    "carrier's own page may know more.": (
        "Sie erscheint hier, sobald der Verkäufer sie versendet oder der Versanddienst sie "
        "meldet; bis dahin weiß die Seite des Versanddienstes vielleicht mehr.",
        "Aparecerá aquí cuando el vendedor lo envíe o el transportista lo registre; mientras "
        "tanto, la página del transportista puede saber más.",
        "Il apparaîtra ici dès que le vendeur l'expédiera ou que le transporteur le signalera ; "
        "en attendant, la page du transporteur en sait peut-être plus.",
        "Pojawi się tutaj, gdy sprzedawca ją wyśle lub przewoźnik ją zgłosi; do tego czasu "
        "strona przewoźnika może wiedzieć więcej.",
        "Она появится здесь, когда продавец её отправит или перевозчик о ней сообщит; пока "
        "больше может знать сайт перевозчика.",
    ),
    "It is now %(now)s in the demo; every date on these pages follows that clock.": (
        "In der Demo ist es jetzt %(now)s; alle Daten auf diesen Seiten folgen dieser Uhr.",
        "En la demo son ahora las %(now)s; todas las fechas de estas páginas siguen ese reloj.",
        "Dans la démo, il est %(now)s ; toutes les dates de ces pages suivent cette horloge.",
        "W demo jest teraz %(now)s; wszystkie daty na tych stronach idą według tego zegara.",
        "В демо сейчас %(now)s; все даты на этих страницах идут по этим часам.",
    ),
    "Journey": ("Sendungsverlauf", "Recorrido", "Trajet", "Trasa", "Путь"),
    "Language": ("Sprache", "Idioma", "Langue", "Język", "Язык"),
    "Left the origin country": ("Hat das Ursprungsland verlassen", "Salió del país de origen",
                                "A quitté le pays d'origine", "Opuściła kraj nadania",
                                "Покинула страну отправления"),
    "Link to these results": ("Link zu diesen Ergebnissen", "Enlace a estos resultados",
                              "Lien vers ces résultats", "Link do tych wyników",
                              "Ссылка на эти результаты"),
    "Log in": ("Anmelden", "Iniciar sesión", "Se connecter", "Zaloguj się", "Войти"),
    "Log out": ("Abmelden", "Cerrar sesión", "Se déconnecter", "Wyloguj się", "Выйти"),
    "Main": ("Hauptmenü", "Principal", "Principal", "Główne", "Главное меню"),
    "My orders": ("Meine Bestellungen", "Mis pedidos", "Mes commandes", "Moje zamówienia",
                  "Мои заказы"),
    "No tracking number found in that text. Paste the number itself, or the whole shipping "
    "e-mail.": (
        "In diesem Text wurde keine Sendungsnummer gefunden. Fügen Sie die Nummer selbst oder "
        "die ganze Versand-E-Mail ein.",
        "No se encontró ningún número de seguimiento en ese texto. Pegue el número o el correo "
        "de envío completo.",
        "Aucun numéro de suivi trouvé dans ce texte. Collez le numéro lui-même, ou l'e-mail "
        "d'expédition en entier.",
        "W tym tekście nie znaleziono numeru przesyłki. Wklej sam numer albo cały e-mail o "
        "wysyłce.",
        "В этом тексте не найден трек-номер. Вставьте сам номер или всё письмо об отправке.",
    ),
    "Not a valid tracking number": ("Keine gültige Sendungsnummer",
                                    "No es un número de seguimiento válido",
                                    "Numéro de suivi non valide",
                                    "To nie jest prawidłowy numer przesyłki",
                                    "Недействительный трек-номер"),
    "Not known to parceltrail yet": ("parceltrail noch nicht bekannt",
                                     "parceltrail aún no lo conoce",
                                     "Pas encore connu de parceltrail",
                                     "parceltrail jeszcze jej nie zna",
                                     "parceltrail пока не знает этот номер"),
    "Not this carrier?": ("Nicht dieser Versanddienst?", "¿No es este transportista?",
                          "Pas ce transporteur ?", "Nie ten przewoźnik?", "Не тот перевозчик?"),
    "My parcels": ("Meine Sendungen", "Mis paquetes", "Mes colis", "Moje przesyłki",
                   "Мои посылки"),
    "Out for delivery": ("In Zustellung", "En reparto", "En cours de livraison", "W doręczeniu",
                         "Передана курьеру"),
    "Ready for pickup": ("Zur Abholung bereit", "Lista para recoger", "Prêt à être retiré",
                         "Gotowa do odbioru", "Готова к выдаче"),
    "Refused": ("Annahme verweigert", "Rechazado", "Refusé", "Odmowa przyjęcia",
                "Отказ от получения"),
    "Reported damaged": ("Als beschädigt gemeldet", "Notificado como dañado",
                         "Signalé endommagé", "Zgłoszona jako uszkodzona",
                         "Сообщено о повреждении"),
    "Reported lost": ("Als verloren gemeldet", "Notificado como perdido", "Signalé perdu",
                      "Zgłoszona jako zagubiona", "Сообщено об утере"),
    "Returning to the sender": ("Auf dem Rückweg zum Absender", "Volviendo al remitente",
                                "En retour vers l'expéditeur", "Wraca do nadawcy",
                                "Возвращается отправителю"),
    "Seller desk": ("Verkäuferbereich", "Panel del vendedor", "Espace vendeur",
                    "Panel sprzedawcy", "Кабинет продавца"),
    "Send me alerts": ("Benachrichtigungen senden", "Enviarme avisos", "M'envoyer des alertes",
                       "Wysyłaj mi powiadomienia", "Присылать уведомления"),
    "Shipped": ("Versandt", "Enviado", "Expédié", "Wysłana", "Отправлена"),
    "Showing the first %(shown)s numbers; %(left)s more were left out. Track them in another "
    "search.": (
        "Es werden die ersten %(shown)s Nummern gezeigt; %(left)s weitere wurden ausgelassen. "
        "Verfolgen Sie sie in einer weiteren Suche.",
        "Se muestran los primeros %(shown)s números; se omitieron %(left)s más. Búsquelos en "
        "otra consulta.",
        "Affichage des %(shown)s premiers numéros ; %(left)s autres ont été laissés de côté. "
        "Suivez-les dans une autre recherche.",
        "Pokazano pierwsze %(shown)s numerów; pominięto jeszcze %(left)s. Sprawdź je w "
        "kolejnym wyszukiwaniu.",
        "Показаны первые %(shown)s номеров; ещё %(left)s пропущено. Отследите их в другом "
        "поиске.",
    ),
    "Sign up": ("Registrieren", "Registrarse", "S'inscrire", "Zarejestruj się",
                "Зарегистрироваться"),
    "Skip to content": ("Zum Inhalt springen", "Ir al contenido", "Aller au contenu",
                        "Przejdź do treści", "Перейти к содержанию"),
    "To %(country)s": ("Nach %(country)s", "Hacia %(country)s", "Vers : %(country)s",
                       "Do kraju: %(country)s", "Куда: %(country)s"),
    "Track": ("Verfolgen", "Seguir", "Suivre", "Śledź", "Отследить"),
    "Track a parcel": ("Sendung verfolgen", "Seguir un paquete", "Suivre un colis",
                       "Śledź przesyłkę", "Отследить посылку"),
    "Track on %(carrier)s's website": (
        "Auf der Website von %(carrier)s verfolgen", "Seguir en la web de %(carrier)s",
        "Suivre sur le site de %(carrier)s", "Śledź na stronie %(carrier)s",
        "Отследить на сайте %(carrier)s",
    ),
    "Tracking numbers": ("Sendungsnummern", "Números de seguimiento", "Numéros de suivi",
                         "Numery przesyłek", "Трек-номера"),
    "Type a carrier's name": ("Namen eines Versanddienstes eingeben",
                              "Escriba el nombre de un transportista",
                              "Tapez le nom d'un transporteur", "Wpisz nazwę przewoźnika",
                              "Введите название перевозчика"),
    "Use this carrier": ("Diesen Versanddienst nehmen", "Usar este transportista",
                         "Utiliser ce transporteur", "Użyj tego przewoźnika",
                         "Выбрать этого перевозчика"),
    "We send a confirmation link first; nothing else until you follow it.": (
        "Wir senden zuerst einen Bestätigungslink; sonst nichts, bis Sie ihm folgen.",
        "Primero enviamos un enlace de confirmación; nada más hasta que lo abra.",
        "Nous envoyons d'abord un lien de confirmation ; rien d'autre tant que vous ne l'avez "
        "pas suivi.",
        "Najpierw wysyłamy link potwierdzający; nic więcej, dopóki go nie otworzysz.",
        "Сначала мы пришлём ссылку для подтверждения; больше ничего, пока вы по ней не "
        "перейдёте.",
    ),
    "What to do:": ("Was tun:", "Qué hacer:", "Que faire :", "Co zrobić:", "Что делать:"),
    "Your e-mail": ("Ihre E-Mail", "Su correo", "Votre e-mail", "Twój e-mail", "Ваш e-mail"),
    "Your order %(reference)s": ("Ihre Bestellung %(reference)s", "Su pedido %(reference)s",
                                 "Votre commande %(reference)s", "Twoje zamówienie %(reference)s",
                                 "Ваш заказ %(reference)s"),
    "arrives %(day)s": ("kommt am %(day)s", "llega el %(day)s", "arrive le %(day)s",
                        "dotrze %(day)s", "прибудет %(day)s"),
    "by": ("bis", "antes del", "avant le", "do", "до"),
    "late": ("verspätet", "con retraso", "en retard", "spóźniona", "опаздывает"),
    "most likely": ("am wahrscheinlichsten", "lo más probable", "le plus probablement",
                    "najpewniej", "скорее всего"),
    "the parcel is later than that.": ("die Sendung ist später dran.",
                                       "el paquete va más tarde.",
                                       "le colis est plus en retard que cela.",
                                       "paczka spóźnia się bardziej.",
                                       "посылка опаздывает."),
    "times in %(zone)s": ("Zeiten in %(zone)s", "horas en %(zone)s", "heures en %(zone)s",
                          "czas: %(zone)s", "время: %(zone)s"),
    "to %(country)s": ("nach %(country)s", "hacia %(country)s", "vers : %(country)s",
                       "do kraju: %(country)s", "куда: %(country)s"),
}
TABLE.update(ANALYTICS)  # the analytics pages' strings, kept in a module of their own
LANGUAGES = ("de", "es", "fr", "pl", "ru")


def write_catalogues() -> None:
    """LANG/LC_MESSAGES/messages.po for each language, from messages.pot and TABLE."""
    with (HERE / "messages.pot").open("rb") as pot:
        template = read_po(pot)
    for position, language in enumerate(LANGUAGES):
        catalog = Catalog(locale=language, project="parceltrail", fuzzy=False)
        for message in template:
            if message.id:
                found = TABLE.get(str(message.id))
                catalog.add(message.id, found[position] if found else "")
        folder = HERE / language / "LC_MESSAGES"
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "messages.po").open("wb") as po:
            write_po(po, catalog, omit_header=False, sort_output=True, width=100)


if __name__ == "__main__":
    write_catalogues()
