from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_notification_type import (
    NotificationNotificationType,
    check_notification_notification_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom import Custom
    from ..models.discord import Discord
    from ..models.email import Email
    from ..models.gotify import Gotify
    from ..models.lark import Lark
    from ..models.mattermost import Mattermost
    from ..models.ntfy import Ntfy
    from ..models.pushover import Pushover
    from ..models.resend import Resend
    from ..models.slack import Slack
    from ..models.teams import Teams
    from ..models.telegram import Telegram


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """A record of Dokploy's `notifications` table.

    Attributes:
        app_build_error (bool):
        app_deploy (bool):
        created_at (str):
        custom_id (None | str):
        database_backup (bool):
        discord_id (None | str):
        docker_cleanup (bool):
        dokploy_backup (bool):
        dokploy_restart (bool):
        email_id (None | str):
        gotify_id (None | str):
        lark_id (None | str):
        mattermost_id (None | str):
        name (str):
        notification_id (str):
        notification_type (NotificationNotificationType):
        ntfy_id (None | str):
        organization_id (str):
        pushover_id (None | str):
        resend_id (None | str):
        server_threshold (bool):
        slack_id (None | str):
        teams_id (None | str):
        telegram_id (None | str):
        volume_backup (bool):
        custom (Custom | None | Unset):
        discord (Discord | None | Unset):
        email (Email | None | Unset):
        gotify (Gotify | None | Unset):
        lark (Lark | None | Unset):
        mattermost (Mattermost | None | Unset):
        ntfy (None | Ntfy | Unset):
        pushover (None | Pushover | Unset):
        resend (None | Resend | Unset):
        slack (None | Slack | Unset):
        teams (None | Teams | Unset):
        telegram (None | Telegram | Unset):
    """

    app_build_error: bool
    app_deploy: bool
    created_at: str
    custom_id: None | str
    database_backup: bool
    discord_id: None | str
    docker_cleanup: bool
    dokploy_backup: bool
    dokploy_restart: bool
    email_id: None | str
    gotify_id: None | str
    lark_id: None | str
    mattermost_id: None | str
    name: str
    notification_id: str
    notification_type: NotificationNotificationType
    ntfy_id: None | str
    organization_id: str
    pushover_id: None | str
    resend_id: None | str
    server_threshold: bool
    slack_id: None | str
    teams_id: None | str
    telegram_id: None | str
    volume_backup: bool
    custom: Custom | None | Unset = UNSET
    discord: Discord | None | Unset = UNSET
    email: Email | None | Unset = UNSET
    gotify: Gotify | None | Unset = UNSET
    lark: Lark | None | Unset = UNSET
    mattermost: Mattermost | None | Unset = UNSET
    ntfy: None | Ntfy | Unset = UNSET
    pushover: None | Pushover | Unset = UNSET
    resend: None | Resend | Unset = UNSET
    slack: None | Slack | Unset = UNSET
    teams: None | Teams | Unset = UNSET
    telegram: None | Telegram | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom import Custom  # noqa: PLC0415
        from ..models.discord import Discord  # noqa: PLC0415
        from ..models.email import Email  # noqa: PLC0415
        from ..models.gotify import Gotify  # noqa: PLC0415
        from ..models.lark import Lark  # noqa: PLC0415
        from ..models.mattermost import Mattermost  # noqa: PLC0415
        from ..models.ntfy import Ntfy  # noqa: PLC0415
        from ..models.pushover import Pushover  # noqa: PLC0415
        from ..models.resend import Resend  # noqa: PLC0415
        from ..models.slack import Slack  # noqa: PLC0415
        from ..models.teams import Teams  # noqa: PLC0415
        from ..models.telegram import Telegram  # noqa: PLC0415

        app_build_error = self.app_build_error

        app_deploy = self.app_deploy

        created_at = self.created_at

        custom_id: None | str
        custom_id = self.custom_id

        database_backup = self.database_backup

        discord_id: None | str
        discord_id = self.discord_id

        docker_cleanup = self.docker_cleanup

        dokploy_backup = self.dokploy_backup

        dokploy_restart = self.dokploy_restart

        email_id: None | str
        email_id = self.email_id

        gotify_id: None | str
        gotify_id = self.gotify_id

        lark_id: None | str
        lark_id = self.lark_id

        mattermost_id: None | str
        mattermost_id = self.mattermost_id

        name = self.name

        notification_id = self.notification_id

        notification_type: str = self.notification_type

        ntfy_id: None | str
        ntfy_id = self.ntfy_id

        organization_id = self.organization_id

        pushover_id: None | str
        pushover_id = self.pushover_id

        resend_id: None | str
        resend_id = self.resend_id

        server_threshold = self.server_threshold

        slack_id: None | str
        slack_id = self.slack_id

        teams_id: None | str
        teams_id = self.teams_id

        telegram_id: None | str
        telegram_id = self.telegram_id

        volume_backup = self.volume_backup

        custom: dict[str, Any] | None | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        elif isinstance(self.custom, Custom):
            custom = self.custom.to_dict()
        else:
            custom = self.custom

        discord: dict[str, Any] | None | Unset
        if isinstance(self.discord, Unset):
            discord = UNSET
        elif isinstance(self.discord, Discord):
            discord = self.discord.to_dict()
        else:
            discord = self.discord

        email: dict[str, Any] | None | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        elif isinstance(self.email, Email):
            email = self.email.to_dict()
        else:
            email = self.email

        gotify: dict[str, Any] | None | Unset
        if isinstance(self.gotify, Unset):
            gotify = UNSET
        elif isinstance(self.gotify, Gotify):
            gotify = self.gotify.to_dict()
        else:
            gotify = self.gotify

        lark: dict[str, Any] | None | Unset
        if isinstance(self.lark, Unset):
            lark = UNSET
        elif isinstance(self.lark, Lark):
            lark = self.lark.to_dict()
        else:
            lark = self.lark

        mattermost: dict[str, Any] | None | Unset
        if isinstance(self.mattermost, Unset):
            mattermost = UNSET
        elif isinstance(self.mattermost, Mattermost):
            mattermost = self.mattermost.to_dict()
        else:
            mattermost = self.mattermost

        ntfy: dict[str, Any] | None | Unset
        if isinstance(self.ntfy, Unset):
            ntfy = UNSET
        elif isinstance(self.ntfy, Ntfy):
            ntfy = self.ntfy.to_dict()
        else:
            ntfy = self.ntfy

        pushover: dict[str, Any] | None | Unset
        if isinstance(self.pushover, Unset):
            pushover = UNSET
        elif isinstance(self.pushover, Pushover):
            pushover = self.pushover.to_dict()
        else:
            pushover = self.pushover

        resend: dict[str, Any] | None | Unset
        if isinstance(self.resend, Unset):
            resend = UNSET
        elif isinstance(self.resend, Resend):
            resend = self.resend.to_dict()
        else:
            resend = self.resend

        slack: dict[str, Any] | None | Unset
        if isinstance(self.slack, Unset):
            slack = UNSET
        elif isinstance(self.slack, Slack):
            slack = self.slack.to_dict()
        else:
            slack = self.slack

        teams: dict[str, Any] | None | Unset
        if isinstance(self.teams, Unset):
            teams = UNSET
        elif isinstance(self.teams, Teams):
            teams = self.teams.to_dict()
        else:
            teams = self.teams

        telegram: dict[str, Any] | None | Unset
        if isinstance(self.telegram, Unset):
            telegram = UNSET
        elif isinstance(self.telegram, Telegram):
            telegram = self.telegram.to_dict()
        else:
            telegram = self.telegram

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appBuildError": app_build_error,
                "appDeploy": app_deploy,
                "createdAt": created_at,
                "customId": custom_id,
                "databaseBackup": database_backup,
                "discordId": discord_id,
                "dockerCleanup": docker_cleanup,
                "dokployBackup": dokploy_backup,
                "dokployRestart": dokploy_restart,
                "emailId": email_id,
                "gotifyId": gotify_id,
                "larkId": lark_id,
                "mattermostId": mattermost_id,
                "name": name,
                "notificationId": notification_id,
                "notificationType": notification_type,
                "ntfyId": ntfy_id,
                "organizationId": organization_id,
                "pushoverId": pushover_id,
                "resendId": resend_id,
                "serverThreshold": server_threshold,
                "slackId": slack_id,
                "teamsId": teams_id,
                "telegramId": telegram_id,
                "volumeBackup": volume_backup,
            }
        )
        if custom is not UNSET:
            field_dict["custom"] = custom
        if discord is not UNSET:
            field_dict["discord"] = discord
        if email is not UNSET:
            field_dict["email"] = email
        if gotify is not UNSET:
            field_dict["gotify"] = gotify
        if lark is not UNSET:
            field_dict["lark"] = lark
        if mattermost is not UNSET:
            field_dict["mattermost"] = mattermost
        if ntfy is not UNSET:
            field_dict["ntfy"] = ntfy
        if pushover is not UNSET:
            field_dict["pushover"] = pushover
        if resend is not UNSET:
            field_dict["resend"] = resend
        if slack is not UNSET:
            field_dict["slack"] = slack
        if teams is not UNSET:
            field_dict["teams"] = teams
        if telegram is not UNSET:
            field_dict["telegram"] = telegram

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom import Custom  # noqa: PLC0415
        from ..models.discord import Discord  # noqa: PLC0415
        from ..models.email import Email  # noqa: PLC0415
        from ..models.gotify import Gotify  # noqa: PLC0415
        from ..models.lark import Lark  # noqa: PLC0415
        from ..models.mattermost import Mattermost  # noqa: PLC0415
        from ..models.ntfy import Ntfy  # noqa: PLC0415
        from ..models.pushover import Pushover  # noqa: PLC0415
        from ..models.resend import Resend  # noqa: PLC0415
        from ..models.slack import Slack  # noqa: PLC0415
        from ..models.teams import Teams  # noqa: PLC0415
        from ..models.telegram import Telegram  # noqa: PLC0415

        d = dict(src_dict)
        app_build_error = d.pop("appBuildError")

        app_deploy = d.pop("appDeploy")

        created_at = d.pop("createdAt")

        def _parse_custom_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_id = _parse_custom_id(d.pop("customId"))

        database_backup = d.pop("databaseBackup")

        def _parse_discord_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        discord_id = _parse_discord_id(d.pop("discordId"))

        docker_cleanup = d.pop("dockerCleanup")

        dokploy_backup = d.pop("dokployBackup")

        dokploy_restart = d.pop("dokployRestart")

        def _parse_email_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email_id = _parse_email_id(d.pop("emailId"))

        def _parse_gotify_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gotify_id = _parse_gotify_id(d.pop("gotifyId"))

        def _parse_lark_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        lark_id = _parse_lark_id(d.pop("larkId"))

        def _parse_mattermost_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mattermost_id = _parse_mattermost_id(d.pop("mattermostId"))

        name = d.pop("name")

        notification_id = d.pop("notificationId")

        notification_type = check_notification_notification_type(d.pop("notificationType"))

        def _parse_ntfy_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ntfy_id = _parse_ntfy_id(d.pop("ntfyId"))

        organization_id = d.pop("organizationId")

        def _parse_pushover_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pushover_id = _parse_pushover_id(d.pop("pushoverId"))

        def _parse_resend_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resend_id = _parse_resend_id(d.pop("resendId"))

        server_threshold = d.pop("serverThreshold")

        def _parse_slack_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slack_id = _parse_slack_id(d.pop("slackId"))

        def _parse_teams_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        teams_id = _parse_teams_id(d.pop("teamsId"))

        def _parse_telegram_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        telegram_id = _parse_telegram_id(d.pop("telegramId"))

        volume_backup = d.pop("volumeBackup")

        def _parse_custom(data: object) -> Custom | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_type_0 = Custom.from_dict(data)

                return custom_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Custom | None | Unset, data)

        custom = _parse_custom(d.pop("custom", UNSET))

        def _parse_discord(data: object) -> Discord | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                discord_type_0 = Discord.from_dict(data)

                return discord_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Discord | None | Unset, data)

        discord = _parse_discord(d.pop("discord", UNSET))

        def _parse_email(data: object) -> Email | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_type_0 = Email.from_dict(data)

                return email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Email | None | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_gotify(data: object) -> Gotify | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gotify_type_0 = Gotify.from_dict(data)

                return gotify_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gotify | None | Unset, data)

        gotify = _parse_gotify(d.pop("gotify", UNSET))

        def _parse_lark(data: object) -> Lark | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lark_type_0 = Lark.from_dict(data)

                return lark_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Lark | None | Unset, data)

        lark = _parse_lark(d.pop("lark", UNSET))

        def _parse_mattermost(data: object) -> Mattermost | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mattermost_type_0 = Mattermost.from_dict(data)

                return mattermost_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mattermost | None | Unset, data)

        mattermost = _parse_mattermost(d.pop("mattermost", UNSET))

        def _parse_ntfy(data: object) -> None | Ntfy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ntfy_type_0 = Ntfy.from_dict(data)

                return ntfy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ntfy | Unset, data)

        ntfy = _parse_ntfy(d.pop("ntfy", UNSET))

        def _parse_pushover(data: object) -> None | Pushover | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pushover_type_0 = Pushover.from_dict(data)

                return pushover_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Pushover | Unset, data)

        pushover = _parse_pushover(d.pop("pushover", UNSET))

        def _parse_resend(data: object) -> None | Resend | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resend_type_0 = Resend.from_dict(data)

                return resend_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Resend | Unset, data)

        resend = _parse_resend(d.pop("resend", UNSET))

        def _parse_slack(data: object) -> None | Slack | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                slack_type_0 = Slack.from_dict(data)

                return slack_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Slack | Unset, data)

        slack = _parse_slack(d.pop("slack", UNSET))

        def _parse_teams(data: object) -> None | Teams | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                teams_type_0 = Teams.from_dict(data)

                return teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Teams | Unset, data)

        teams = _parse_teams(d.pop("teams", UNSET))

        def _parse_telegram(data: object) -> None | Telegram | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                telegram_type_0 = Telegram.from_dict(data)

                return telegram_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Telegram | Unset, data)

        telegram = _parse_telegram(d.pop("telegram", UNSET))

        notification = cls(
            app_build_error=app_build_error,
            app_deploy=app_deploy,
            created_at=created_at,
            custom_id=custom_id,
            database_backup=database_backup,
            discord_id=discord_id,
            docker_cleanup=docker_cleanup,
            dokploy_backup=dokploy_backup,
            dokploy_restart=dokploy_restart,
            email_id=email_id,
            gotify_id=gotify_id,
            lark_id=lark_id,
            mattermost_id=mattermost_id,
            name=name,
            notification_id=notification_id,
            notification_type=notification_type,
            ntfy_id=ntfy_id,
            organization_id=organization_id,
            pushover_id=pushover_id,
            resend_id=resend_id,
            server_threshold=server_threshold,
            slack_id=slack_id,
            teams_id=teams_id,
            telegram_id=telegram_id,
            volume_backup=volume_backup,
            custom=custom,
            discord=discord,
            email=email,
            gotify=gotify,
            lark=lark,
            mattermost=mattermost,
            ntfy=ntfy,
            pushover=pushover,
            resend=resend,
            slack=slack,
            teams=teams,
            telegram=telegram,
        )

        notification.additional_properties = d
        return notification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
