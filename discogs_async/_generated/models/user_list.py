from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_item import ListItem
    from ..models.list_owner import ListOwner


T = TypeVar("T", bound="UserList")


@_attrs_define
class UserList:
    """A list with its items.

    Attributes:
        id (int | Unset):
        user (ListOwner | Unset): The user a list belongs to.
        name (str | Unset):
        description (str | Unset):
        public (bool | Unset):
        date_added (str | Unset): When the list was made, an ISO 8601 timestamp with offset.
        date_changed (str | Unset): When the list last changed, an ISO 8601 timestamp with offset.
        uri (str | Unset): The list on the website.
        resource_url (str | Unset):
        image_url (str | Unset):
        items (list[ListItem] | Unset):
        list_id (int | Unset): The documented name of `id`.
        created_ts (str | Unset): The documented name of `date_added`.
        modified_ts (str | Unset): The documented name of `date_changed`.
        url (str | Unset): The documented name of `uri`.
    """

    id: int | Unset = UNSET
    user: ListOwner | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    public: bool | Unset = UNSET
    date_added: str | Unset = UNSET
    date_changed: str | Unset = UNSET
    uri: str | Unset = UNSET
    resource_url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    items: list[ListItem] | Unset = UNSET
    list_id: int | Unset = UNSET
    created_ts: str | Unset = UNSET
    modified_ts: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        name = self.name

        description = self.description

        public = self.public

        date_added = self.date_added

        date_changed = self.date_changed

        uri = self.uri

        resource_url = self.resource_url

        image_url = self.image_url

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        list_id = self.list_id

        created_ts = self.created_ts

        modified_ts = self.modified_ts

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user is not UNSET:
            field_dict["user"] = user
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if public is not UNSET:
            field_dict["public"] = public
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if date_changed is not UNSET:
            field_dict["date_changed"] = date_changed
        if uri is not UNSET:
            field_dict["uri"] = uri
        if resource_url is not UNSET:
            field_dict["resource_url"] = resource_url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if items is not UNSET:
            field_dict["items"] = items
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if created_ts is not UNSET:
            field_dict["created_ts"] = created_ts
        if modified_ts is not UNSET:
            field_dict["modified_ts"] = modified_ts
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_item import ListItem  # noqa: PLC0415
        from ..models.list_owner import ListOwner  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _user = d.pop("user", UNSET)
        user: ListOwner | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = ListOwner.from_dict(_user)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        public = d.pop("public", UNSET)

        date_added = d.pop("date_added", UNSET)

        date_changed = d.pop("date_changed", UNSET)

        uri = d.pop("uri", UNSET)

        resource_url = d.pop("resource_url", UNSET)

        image_url = d.pop("image_url", UNSET)

        _items = d.pop("items", UNSET)
        items: list[ListItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ListItem.from_dict(items_item_data)

                items.append(items_item)

        list_id = d.pop("list_id", UNSET)

        created_ts = d.pop("created_ts", UNSET)

        modified_ts = d.pop("modified_ts", UNSET)

        url = d.pop("url", UNSET)

        user_list = cls(
            id=id,
            user=user,
            name=name,
            description=description,
            public=public,
            date_added=date_added,
            date_changed=date_changed,
            uri=uri,
            resource_url=resource_url,
            image_url=image_url,
            items=items,
            list_id=list_id,
            created_ts=created_ts,
            modified_ts=modified_ts,
            url=url,
        )

        user_list.additional_properties = d
        return user_list

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
